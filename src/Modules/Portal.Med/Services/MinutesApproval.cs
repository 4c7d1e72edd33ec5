using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>
/// A committee whose minutes need approval publishes them only with the approval of both sides
/// (<see cref="MeetingPart.MinutesApproval"/>), which an approval workflow writes when the formand
/// and the næstformand have approved.
/// </summary>
public static class MinutesApproval
{
    public const string SendInstead =
        "Udvalgets referater skal godkendes af formand og næstformand, før de offentliggøres. Gem mødet med referatet, og brug Send til godkendelse.";

    public static async Task<bool> IsNeededAsync(PortalDbContext db, string committeeId)
    {
        var data = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemId == committeeId && c.Latest)
            .Select(c => c.Data)
            .FirstOrDefaultAsync();
        return data is not null
            && new Core.Content.ContentItem { Data = data }.As<CommitteePart>().MinutesNeedApproval;
    }
}
