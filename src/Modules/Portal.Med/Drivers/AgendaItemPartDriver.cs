using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Metadata;
using Portal.Core.Display;
using Portal.Core.Html;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Drivers;

/// <summary>
/// The sections of a dagsordenspunkt: how the secretary edits them and what is kept. The decision
/// is the committee's on the day of the meeting the item is on.
/// </summary>
internal sealed class AgendaItemPartDriver(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IHtmlSanitizerService sanitizer,
    MedQueries queries,
    CommitteeRoster roster) : ContentPartDisplayDriver<AgendaItemPart>
{
    private const string Prefix = nameof(AgendaItemPart);

    protected override async Task<DisplayResult?> EditAsync(AgendaItemPart part, BuildContext context)
    {
        var meeting = await MeetingOfAsync(part);
        var members = await RosterAsync(meeting);
        return View("Parts/AgendaItemPart.Edit", await EditorAsync(part, FormOf(part, members), members, await ListableTypesAsync(), context.IsNew), position: 10);
    }

    protected override async Task<DisplayResult?> UpdateEditorAsync(AgendaItemPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new AgendaItemPartEditModel();
        await updater.TryUpdateModelAsync(form, Prefix);
        var errors = updater.ModelState;
        var committees = (await queries.CommitteesAsync()).Select(c => c.ContentItemId).ToHashSet();
        var route = Chosen(form.Route);
        var sharedWith = Chosen(form.ConfidentialCommitteeIds);
        if (route.Concat(sharedWith).Any(id => !committees.Contains(id)))
        {
            errors.AddModelError($"{Prefix}.{nameof(form.Route)}", "Et af de valgte udvalg findes ikke.");
        }

        DateTime? confidentialUntilUtc = null;
        if (form.ConfidentialUntil is { } until)
        {
            if (!DanishClock.Exists(until))
            {
                errors.AddModelError($"{Prefix}.{nameof(form.ConfidentialUntil)}", "Tidspunktet for fortrolighed findes ikke, fordi uret stilles frem til sommertid. Vælg et andet.");
            }
            else
            {
                confidentialUntilUtc = DanishClock.ToUtc(until);
            }

            if (sharedWith.Count == 0)
            {
                errors.AddModelError($"{Prefix}.{nameof(form.ConfidentialCommitteeIds)}", "Vælg de udvalg, punktet deles i fortrolighed med.");
            }
        }

        var meeting = await MeetingOfAsync(part);
        var types = await ListableTypesAsync();
        part.Number = form.Number?.Trim() ?? "";
        part.IsClosed = form.IsClosed;
        part.Kind = form.Kind;
        part.Route = route;
        part.Summary = sanitizer.Sanitize(form.Summary);
        part.CaseDescription = sanitizer.Sanitize(form.CaseDescription);
        part.RelatedPolicies = sanitizer.Sanitize(form.RelatedPolicies);
        part.RelatedContent = await RelatedAsync(form.RelatedContentItemIds, types);
        part.LegalBasis = form.LegalBasis?.Trim() ?? "";
        part.FinancialImpact = form.FinancialImpact?.Trim() ?? "";
        part.Proposal = string.IsNullOrWhiteSpace(form.Proposal) ? null : new Proposal(form.Proposer?.Trim() ?? "", sanitizer.Sanitize(form.Proposal));
        part.Decision = form.Outcome is { } outcome && meeting is not null
            ? new Decision(meeting.CommitteeId, DanishClock.Day(meeting.StartsUtc), outcome, sanitizer.Sanitize(form.DecisionText))
            : null;
        part.Recusals = [.. form.Recusals.Select(r => r.Trim()).Concat(MedText.Lines(form.OtherRecusals)).Where(r => r.Length > 0).Distinct()];
        part.Attachments = [.. part.Attachments.Where(a => !form.RemoveAttachments.Contains(a.Url))];
        part.ConfidentialUntilUtc = confidentialUntilUtc;
        part.ConfidentialCommitteeIds = confidentialUntilUtc is null ? [] : sharedWith;

        // What the secretary typed is shown again as typed when something must be corrected.
        return View("Parts/AgendaItemPart.Edit", await EditorAsync(part, form, await RosterAsync(meeting), types, context.IsNew), position: 10);
    }

    private async Task<AgendaItemPartEditorViewModel> EditorAsync(
        AgendaItemPart part, AgendaItemPartEditModel form, IReadOnlyList<CommitteeMember> members, List<string> types, bool isNew) =>
        new(form, isNew ? [] : part.Attachments, await queries.CommitteesAsync(), await queries.LinkableContentAsync(types), [.. members.Select(m => m.Name)]);

    private async Task<MeetingPart?> MeetingOfAsync(AgendaItemPart part) =>
        (await contentManager.GetAsync(part.MeetingId, VersionOptions.Latest))?.As<MeetingPart>();

    private async Task<IReadOnlyList<CommitteeMember>> RosterAsync(MeetingPart? meeting) =>
        meeting is null ? [] : await roster.OnAsync(meeting.CommitteeId, DanishClock.Day(meeting.StartsUtc));

    private async Task<List<string>> ListableTypesAsync() =>
        [.. (await definitions.ListTypeDefinitionsAsync()).Where(t => t.Settings.Listable).Select(t => t.Name)];

    private static AgendaItemPartEditModel FormOf(AgendaItemPart part, IReadOnlyList<CommitteeMember> members)
    {
        var names = members.Select(m => m.Name).ToHashSet();
        return new()
        {
            Number = part.Number,
            IsClosed = part.IsClosed,
            Kind = part.Kind,
            Route = [.. part.Route],
            Summary = part.Summary,
            CaseDescription = part.CaseDescription,
            RelatedPolicies = part.RelatedPolicies,
            RelatedContentItemIds = [.. part.RelatedContent.Select(l => l.ContentItemId)],
            LegalBasis = part.LegalBasis,
            FinancialImpact = part.FinancialImpact,
            Proposer = part.Proposal?.Proposer,
            Proposal = part.Proposal?.Text,
            Outcome = part.Decision?.Outcome,
            DecisionText = part.Decision?.Text,
            Recusals = [.. part.Recusals.Where(names.Contains)],
            OtherRecusals = string.Join("\n", part.Recusals.Where(r => !names.Contains(r))),
            ConfidentialUntil = part.ConfidentialUntilUtc is { } until ? DanishClock.Local(until) : null,
            ConfidentialCommitteeIds = [.. part.ConfidentialCommitteeIds],
        };
    }

    private async Task<List<ContentLink>> RelatedAsync(List<string> chosen, List<string> types)
    {
        var ids = Chosen(chosen);
        var titles = (await queries.LinkableContentAsync(types, ids)).ToDictionary(kv => kv.Key, kv => kv.Value);
        return [.. ids.Where(titles.ContainsKey).Select(id => new ContentLink(id, titles[id]))];
    }

    private static List<string> Chosen(IEnumerable<string> ids) => [.. ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct()];
}
