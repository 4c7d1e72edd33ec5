using Portal.Contents.Following;
using Portal.Contents.FrontPage;
using Portal.Core.Security;
using Portal.Med.Indexes;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.FrontPage;

/// <summary>
/// "Mine udvalg" on the front page: the committees the reader is a member of or follows, their next
/// meetings and their newest minutes, as far as the reader may read them.
/// </summary>
internal sealed class MyCommitteesSection(MedQueries queries, Follows follows, IPermissionService permissions) : IFrontPageSection
{
    private const int Shown = 5;

    public async Task<FrontPageBlock?> BuildAsync(FrontPageContext context)
    {
        if (!await permissions.HasAsync(context.User, Permissions.ViewMed))
        {
            return null;
        }

        var followed = (await follows.FollowedAsync(context.User, MedTypes.Committee)).ToHashSet(StringComparer.Ordinal);
        var mine = (await queries.CommitteesAsync())
            .Select(c => new MyCommittee(c, context.Keys.Contains(MedKeys.MemberOf(c.ContentItemId)), followed.Contains(c.ContentItemId)))
            .Where(c => c.IsMember || c.IsFollowing)
            .ToList();
        var ids = mine.Select(c => c.Committee.ContentItemId).ToList();
        var names = mine.ToDictionary(c => c.Committee.ContentItemId, c => c.Committee.Name);
        var model = new MyCommitteesViewModel(
            mine,
            ids.Count == 0 ? [] : await queries.UpcomingMeetingsAsync(context.Keys, ids, Shown),
            ids.Count == 0 ? [] : await queries.LatestMinutesAsync(context.Keys, ids, Shown),
            names);
        return new FrontPageBlock("FrontPage/_MyCommittees", model, FrontPageColumn.Side, 20);
    }
}

/// <summary>The newest decisions of every committee, closed items as the reader may see them.</summary>
internal sealed class LatestDecisionsSection(MedQueries queries, IPermissionService permissions) : IFrontPageSection
{
    public async Task<FrontPageBlock?> BuildAsync(FrontPageContext context)
    {
        if (!await permissions.HasAsync(context.User, Permissions.ViewMed))
        {
            return null;
        }

        var (rows, _, _) = await queries.DecisionsAsync(context.Keys, null, null, null, null, page: 1, pageSize: 5);
        return new FrontPageBlock("FrontPage/_LatestDecisions", rows, FrontPageColumn.Main, 40);
    }
}

public sealed record MyCommittee(CommitteeIndex Committee, bool IsMember, bool IsFollowing);

public sealed record MyCommitteesViewModel(
    IReadOnlyList<MyCommittee> Committees,
    IReadOnlyList<MeetingIndex> UpcomingMeetings,
    IReadOnlyList<MeetingIndex> LatestMinutes,
    IReadOnlyDictionary<string, string> CommitteeNames)
{
    public string NameOf(MeetingIndex meeting) => CommitteeNames.GetValueOrDefault(meeting.CommitteeId, "");
}
