using Portal.Core.Display;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Med.Services;
using Portal.Recommendations.Models;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Services;

public enum FollowUpOutcome
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
    Forbidden,
}

public sealed record FollowUpResult(FollowUpOutcome Outcome, FollowUpFormViewModel? Form = null, string? Message = null);

/// <summary>
/// The secretaries' follow-up of one quarter: every initiative of a strategy on one form, saved as
/// one version of the quarter's follow-up. An entry already recorded is not overwritten: changing
/// it needs a note, and what it said before is kept with the note. When someone else saved the
/// quarter meanwhile, nothing is saved and the form comes back with both their values and the
/// ones typed, so neither is lost.
/// </summary>
public sealed class FollowUpRecording(
    RecommendationQueries queries,
    IContentVisibility visibility,
    IContentManager contentManager,
    FollowUpPermissions permissions,
    TimeProvider clock)
{
    public async Task<FollowUpResult> FormAsync(ClaimsPrincipal user, string strategyId, Quarter quarter)
    {
        var (context, refusal) = await OpenAsync(user, strategyId, quarter);
        if (context is null)
        {
            return refusal!;
        }

        var saved = context.Saved?.As<QuarterlyFollowUpPart>();
        var entries = saved?.Entries.ToDictionary(e => e.InitiativeId) ?? [];
        var form = new FollowUpForm
        {
            ConcurrencyStamp = context.Saved?.ConcurrencyStamp,
            Summary = saved?.Summary,
            Rows =
            [
                .. context.Initiatives.Select(i => entries.GetValueOrDefault(i.ContentItemId) is { } entry
                    ? new FollowUpFormRow { InitiativeId = i.ContentItemId, Status = entry.Status, Narrative = entry.Narrative }
                    : new FollowUpFormRow { InitiativeId = i.ContentItemId }),
            ],
        };
        return new(FollowUpOutcome.Saved, ViewOf(context, form, theirs: null));
    }

    public async Task<FollowUpResult> SaveAsync(ClaimsPrincipal user, string strategyId, Quarter quarter, FollowUpForm form, ModelStateDictionary errors)
    {
        var (context, refusal) = await OpenAsync(user, strategyId, quarter);
        if (context is null)
        {
            return refusal!;
        }

        // The saved version changed since the form was opened: show theirs beside what was typed.
        if (context.Saved?.ConcurrencyStamp != form.ConcurrencyStamp)
        {
            return Conflict(context, form);
        }

        var rows = RowsFor(context, form);
        var saved = context.Saved?.As<QuarterlyFollowUpPart>();
        var before = saved?.Entries.ToDictionary(e => e.InitiativeId) ?? [];
        Validate(context, rows, before, errors);
        var summary = form.Summary?.Trim() ?? "";
        if (saved is not null && saved.Summary != summary && string.IsNullOrWhiteSpace(form.SummaryCorrectionNote))
        {
            errors.AddModelError(nameof(form.SummaryCorrectionNote), "Skriv, hvorfor den samlede status for kvartalet rettes.");
        }

        if (!errors.IsValid)
        {
            return new(FollowUpOutcome.Invalid, ViewOf(context, form with { Rows = rows }, theirs: null), "Opfølgningen er ikke gemt. Ret det markerede.");
        }

        var part = new QuarterlyFollowUpPart
        {
            StrategyId = strategyId,
            Quarter = quarter.ToString(),
            Summary = summary,
            SummaryCorrections = saved is not null && saved.Summary != summary
                ? [.. saved.SummaryCorrections, new SummaryCorrection(saved.Summary, form.SummaryCorrectionNote!.Trim(), user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime)]
                : saved?.SummaryCorrections ?? [],
            Entries = Entries(context, rows, before, user.Identity?.Name ?? ""),
        };
        ContentOperationResult result;
        try
        {
            result = await WriteAsync(context, part);
        }
        catch (ContentConflictException)
        {
            // Someone saved between the check above and this write.
            result = ContentOperationResult.Conflict(null);
        }

        return result.Status switch
        {
            ContentOperationStatus.Succeeded => new(FollowUpOutcome.Saved, Message: $"Opfølgningen for {quarter.ToDanish()} er gemt."),
            ContentOperationStatus.Conflict or ContentOperationStatus.Cancelled => Conflict(await LoadAsync(user, strategyId, quarter) ?? context, form),
            _ => new(FollowUpOutcome.NotFound),
        };
    }

    /// <summary>
    /// The strategy's quarter as the user may record it, or why not: not there, not theirs to record,
    /// or a quarter that has not begun (nothing to follow up, and recording it would hide the late ones).
    /// </summary>
    private async Task<(Context? Context, FollowUpResult? Refusal)> OpenAsync(ClaimsPrincipal user, string strategyId, Quarter quarter)
    {
        if (await LoadAsync(user, strategyId, quarter) is not { } context)
        {
            return (null, new(FollowUpOutcome.NotFound));
        }

        if (!await permissions.CanRecordAsync(user, context.Strategy.As<StrategyPart>()))
        {
            return (null, new(FollowUpOutcome.Forbidden));
        }

        if (quarter > Quarter.Containing(DanishClock.Day(clock.GetUtcNow().UtcDateTime)))
        {
            return (null, new(FollowUpOutcome.Invalid, Message: $"{quarter.ToDanish()} er ikke begyndt endnu. En opfølgning kan registreres fra kvartalets første dag."));
        }

        return (context, null);
    }

    private async Task<ContentOperationResult> WriteAsync(Context context, QuarterlyFollowUpPart part)
    {
        var title = $"Opfølgning {context.Quarter.ToDanish()}: {context.Strategy.DisplayText}";
        if (context.Saved is null)
        {
            var item = await contentManager.NewAsync(RecommendationTypes.FollowUp);
            item.Apply(part);
            item.SetTitle(title);
            return await contentManager.CreateAsync(item, publish: true);
        }

        if (await contentManager.BeginEditAsync(context.Saved.ContentItemId, context.Saved.ConcurrencyStamp) is not { } version)
        {
            return ContentOperationResult.NotFound();
        }

        version.Apply(part);
        version.SetTitle(title);
        return await contentManager.SaveAsync(version, publish: true);
    }

    /// <summary>The posted rows of the strategy's initiatives, in the plan's order; rows for anything else are dropped.</summary>
    private static List<FollowUpFormRow> RowsFor(Context context, FollowUpForm form)
    {
        var posted = form.Rows.Where(r => !string.IsNullOrEmpty(r.InitiativeId)).GroupBy(r => r.InitiativeId).ToDictionary(g => g.Key, g => g.First());
        return [.. context.Initiatives.Select(i => posted.GetValueOrDefault(i.ContentItemId) ?? new FollowUpFormRow { InitiativeId = i.ContentItemId })];
    }

    private static void Validate(Context context, List<FollowUpFormRow> rows, Dictionary<string, FollowUpEntry> before, ModelStateDictionary errors)
    {
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var title = context.Initiatives[index].DisplayText;
            if (before.GetValueOrDefault(row.InitiativeId) is not { } saved)
            {
                if (row.Status is null && !string.IsNullOrWhiteSpace(row.Narrative))
                {
                    errors.AddModelError($"Rows[{index}].Status", $"Vælg en status for «{title}», eller slet beskrivelsen.");
                }

                continue;
            }

            if (row.Status is null)
            {
                errors.AddModelError($"Rows[{index}].Status", $"«{title}» er allerede fulgt op i kvartalet; en opfølgning kan rettes, men ikke fjernes.");
            }
            else if (Changed(saved, row) && string.IsNullOrWhiteSpace(row.CorrectionNote))
            {
                errors.AddModelError($"Rows[{index}].CorrectionNote", $"Skriv, hvorfor opfølgningen af «{title}» rettes.");
            }
        }
    }

    private List<FollowUpEntry> Entries(Context context, List<FollowUpFormRow> rows, Dictionary<string, FollowUpEntry> before, string userName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<FollowUpEntry>();
        foreach (var row in rows.Where(r => r.Status is not null))
        {
            var saved = before.GetValueOrDefault(row.InitiativeId);
            var corrections = saved?.Corrections.ToList() ?? [];
            if (saved is not null && Changed(saved, row))
            {
                corrections.Add(new FollowUpCorrection(saved.Status, saved.Narrative, row.CorrectionNote!.Trim(), userName, now));
            }

            entries.Add(new FollowUpEntry { InitiativeId = row.InitiativeId, Status = row.Status!.Value, Narrative = row.Narrative?.Trim() ?? "", Corrections = corrections });
        }

        // Entries of initiatives no longer in the plan stay as they were: a follow-up is history.
        var shown = rows.Select(r => r.InitiativeId).ToHashSet();
        entries.AddRange(before.Values.Where(e => !shown.Contains(e.InitiativeId)));
        return entries;
    }

    private static bool Changed(FollowUpEntry saved, FollowUpFormRow row) =>
        saved.Status != row.Status || saved.Narrative != (row.Narrative?.Trim() ?? "");

    private static FollowUpResult Conflict(Context context, FollowUpForm form)
    {
        var theirs = context.Saved?.As<QuarterlyFollowUpPart>();
        var retry = form with { ConcurrencyStamp = context.Saved?.ConcurrencyStamp, Rows = RowsFor(context, form) };
        return new(
            FollowUpOutcome.Conflict,
            ViewOf(context, retry, theirs),
            "En anden har gemt opfølgningen for kvartalet, mens du skrev. Intet er gemt: dine værdier står i felterne, og det, der blev gemt, står under hvert initiativ. Ret til og gem igen.");
    }

    private static FollowUpFormViewModel ViewOf(Context context, FollowUpForm form, QuarterlyFollowUpPart? theirs)
    {
        var strategy = context.Strategy.As<StrategyPart>();
        var areas = strategy.FocusAreas.ToDictionary(f => f.Id, f => f.Name);
        var saved = (theirs ?? context.Saved?.As<QuarterlyFollowUpPart>())?.Entries.ToDictionary(e => e.InitiativeId) ?? [];
        var their = theirs?.Entries.ToDictionary(e => e.InitiativeId) ?? [];
        var previous = context.Previous?.As<QuarterlyFollowUpPart>().Entries.ToDictionary(e => e.InitiativeId) ?? [];
        var rows = form.Rows.ToDictionary(r => r.InitiativeId);
        var lines = context.Initiatives.Select((initiative, index) => new FollowUpFormLine(
            index,
            initiative,
            areas.GetValueOrDefault(initiative.As<InitiativePart>().FocusAreaId, ""),
            rows.GetValueOrDefault(initiative.ContentItemId) ?? new FollowUpFormRow { InitiativeId = initiative.ContentItemId },
            saved.GetValueOrDefault(initiative.ContentItemId),
            their.GetValueOrDefault(initiative.ContentItemId),
            previous.GetValueOrDefault(initiative.ContentItemId))).ToList();
        return new FollowUpFormViewModel(context.Strategy, context.Quarter, form, lines, context.Saved is null, theirs is not null, theirs?.Summary);
    }

    private async Task<Context?> LoadAsync(ClaimsPrincipal user, string strategyId, Quarter quarter)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await queries.PublishedAsync(keys, RecommendationTypes.Strategy, strategyId) is not { } strategy)
        {
            return null;
        }

        var followUps = await queries.FollowUpsAsync(keys, strategyId);
        ContentItem? Of(Quarter q) => followUps.FirstOrDefault(f => f.As<QuarterlyFollowUpPart>().Quarter == q.ToString());
        return new Context(strategy, quarter, await queries.InitiativesAsync(keys, strategyId), Of(quarter), Of(quarter.Previous()));
    }

    private sealed record Context(ContentItem Strategy, Quarter Quarter, List<ContentItem> Initiatives, ContentItem? Saved, ContentItem? Previous);
}
