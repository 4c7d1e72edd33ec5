using Portal.Core.Content;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>Who sits on a committee on a given day, for attendance and recusals.</summary>
public sealed class CommitteeRoster(IContentManager contentManager)
{
    public async Task<IReadOnlyList<CommitteeMember>> OnAsync(string committeeId, DateOnly day)
    {
        var committee = await contentManager.GetAsync(committeeId, VersionOptions.Published);
        return committee is null
            ? []
            : [.. committee.As<CommitteePart>().Members.Where(m => m.IsActiveOn(day)).OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false))];
    }
}
