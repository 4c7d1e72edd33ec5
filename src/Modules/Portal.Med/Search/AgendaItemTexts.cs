using Portal.Core.Search;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.Search;

/// <summary>The text of an agenda item in the order its page shows it.</summary>
internal static class AgendaItemTexts
{
    /// <param name="withMinutes">The meeting's minutes are published: the decision and what the minutes add are the item's too.</param>
    public static void Add(SearchDocument document, AgendaItemPart part, bool withMinutes)
    {
        document.AddHtml(part.Summary);
        document.AddHtml(part.CaseDescription);
        document.AddHtml(part.RelatedPolicies);
        foreach (var link in part.RelatedContent)
        {
            document.AddText(link.Title);
        }

        document.AddText(part.LegalBasis);
        document.AddText(part.FinancialImpact);
        if (part.Proposal is { } proposal)
        {
            document.AddHtml(proposal.Text);
        }

        if (withMinutes && part.Decision is { } decision)
        {
            document.AddText(MedText.Of(decision.Outcome));
            document.AddHtml(decision.Text);
            foreach (var recusal in part.Recusals)
            {
                document.AddText($"{recusal} deltog ikke i behandling af punktet.");
            }

            foreach (var note in part.MinuteNotes)
            {
                document.AddText($"Protokollat fra {note.Author}: {note.Text}");
            }
        }

        foreach (var attachment in part.Attachments)
        {
            document.AddText(attachment.Title);
        }
    }
}
