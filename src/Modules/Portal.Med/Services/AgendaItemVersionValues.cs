using System.Globalization;
using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>
/// An agenda item's sections as its editor labels them, so comparing two versions shows which
/// section changed (Nummer, Resume, Sagsfremstilling, Indstilling, Beslutning, …) with committees
/// by name and times in Danish time.
/// </summary>
internal sealed class AgendaItemVersionValues(CommitteeDirectory directory, PortalDbContext db) : IPartVersionValues
{
    public string PartName => nameof(AgendaItemPart);

    public async Task<IReadOnlyList<VersionValue>> ValuesAsync(ContentItem version)
    {
        var item = version.As<AgendaItemPart>();
        var names = await directory.NamesAsync(db);
        string Committees(IEnumerable<string> ids, string separator) => string.Join(separator, ids.Select(id => names.GetValueOrDefault(id, id)));

        return
        [
            new("Nummer", item.Number),
            new("Åben eller lukket sag", MedText.OpenOrClosed(item.IsClosed)),
            new("Punktets art", MedText.Of(item.Kind)),
            new("Sagsgang", Committees(item.Route, " → ")),
            new("Tidligere behandling", Committees(item.RouteHistory.Select(s => s.CommitteeId), " → ")),
            new("Resume", VersionComparer.PlainText(item.Summary)),
            new("Sagsfremstilling", VersionComparer.PlainText(item.CaseDescription)),
            new("Sammenhæng til andre politikker/strategier og fagområder", VersionComparer.PlainText(item.RelatedPolicies)),
            new("Henvisninger til politikker, strategier og andre sider", string.Join(", ", item.RelatedContent.Select(l => l.Title))),
            new("Lovgrundlag", item.LegalBasis),
            new("Økonomiske konsekvenser", item.FinancialImpact),
            new("Hvem indstiller", item.Proposal?.Proposer ?? ""),
            new("Indstilling", VersionComparer.PlainText(item.Proposal?.Text)),
            new("Beslutning", item.Decision is { } decision ? $"{MedText.Of(decision.Outcome)} i {names.GetValueOrDefault(decision.CommitteeId, decision.CommitteeId)} den {decision.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}" : ""),
            new("Beslutningens tekst", VersionComparer.PlainText(item.Decision?.Text)),
            new("Deltog ikke i behandling af punktet", string.Join(", ", item.Recusals)),
            new("Protokollater", string.Join(" · ", item.MinuteNotes.Select(n => $"{n.Author}: {VersionComparer.PlainText(n.Text)}"))),
            new("Bilag", string.Join(", ", item.Attachments.Select(a => a.Title))),
            new("Fortroligt indtil", item.ConfidentialUntilUtc is { } until ? Local(until).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) : ""),
            new("Delt i fortrolighed med", Committees(item.ConfidentialCommitteeIds, ", ")),
        ];
    }

    private static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), LocalTimeTagHelper.DanishTime);
}
