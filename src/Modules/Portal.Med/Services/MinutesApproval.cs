using Portal.Core.Content.Visibility;
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

    /// <summary>Read as everyone sees the committee: the setting is part of its published record.</summary>
    public static async Task<bool> IsNeededAsync(IContentVisibility visibility, string committeeId) =>
        (await visibility.GetManyAsync(PrincipalKeys.EveryoneOnly, [committeeId], contentType: MedTypes.Committee)).GetValueOrDefault(committeeId) is { IsRedacted: false } committee
        && committee.Item.As<CommitteePart>().MinutesNeedApproval;
}
