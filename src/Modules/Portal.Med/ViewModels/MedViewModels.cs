using Portal.Core.Content;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.ViewModels;

public sealed record CommitteeNode(CommitteeIndex Committee, IReadOnlyList<CommitteeNode> Children);

public sealed record CommitteeOverviewViewModel(IReadOnlyList<CommitteeNode> Roots)
{
    /// <summary>The reader may create committees (manages MED).</summary>
    public bool CanManage { get; init; }
}

/// <summary>The reader's own subscription addresses for <paramref name="Committee"/>, or for all committees when it is null.</summary>
public sealed record SubscriptionPageViewModel(ContentItem? Committee, SubscriptionLinks Links);

/// <summary>A page's subscription section: the user's own links and what they bring ("møderne i Hovedudvalget").</summary>
public sealed record SubscriptionSection(SubscriptionLinks Links, string Meetings, string Minutes);

/// <summary>
/// An address shown whole, to be selected by hand or copied with the "Kopiér" button; <paramref name="What"/>
/// completes the button's name for screen readers ("Kopiér kalenderadressen").
/// </summary>
public sealed record CopyableAddress(string Id, string Label, string Hint, string Address, string What, string Copied);

public sealed record CommitteePageViewModel(
    ContentItem Committee,
    CommitteePart Part,
    CommitteeIndex? Parent,
    IReadOnlyList<CommitteeIndex> Children,
    IReadOnlyList<MeetingIndex> UpcomingMeetings,
    IReadOnlyList<MeetingIndex> LatestMinutes,
    IReadOnlyList<DecisionRow> LatestDecisions)
{
    /// <summary>The reader may edit the committee (manages MED).</summary>
    public bool CanManage { get; init; }

    /// <summary>The reader follows the committee: its meetings and minutes are on their front page.</summary>
    public bool IsFollowing { get; init; }

    /// <summary>The reader may plan its meetings (a secretary of it, or manages MED).</summary>
    public bool CanPrepare { get; init; }

    /// <summary>Fields and parts added to the committee type at run time.</summary>
    public IReadOnlyList<Portal.Core.Content.Display.DisplayResult> Extras { get; init; } = [];
}

/// <summary>An agenda item as a reader may see it: its content, or its redacted record (number, "Lukket punkt").</summary>
public sealed record AgendaItemView(ContentItem Item, AgendaItemPart Part, bool CanRead)
{
    /// <summary>Still shared in confidence: its readers are told so, and until when.</summary>
    public bool IsConfidential { get; init; }

    /// <summary>The item's way through its Sagsgang, on the item's own page (empty in an agenda).</summary>
    public IReadOnlyList<CaseRouteStep> Route { get; init; } = [];

    /// <summary>Fields and parts added to the type at run time, as their drivers display them.</summary>
    public IReadOnlyList<Portal.Core.Content.Display.DisplayResult> Extras { get; init; } = [];

    public static AgendaItemView Of(Portal.Core.Content.Visibility.VisibleContent visible, DateTime nowUtc)
    {
        var part = visible.Item.As<AgendaItemPart>();
        return new(visible.Item, part, !visible.IsRedacted) { IsConfidential = part.ConfidentialUntilUtc > nowUtc };
    }
}

public sealed record MeetingPageViewModel(
    ContentItem Meeting,
    MeetingPart Part,
    CommitteeIndex Committee,
    IReadOnlyList<AgendaItemView> Items,
    IReadOnlyDictionary<string, string> CommitteeNames)
{
    public bool ShowsMinutes => Part.Status == MeetingStatus.MinutesPublished;

    /// <summary>The reader may prepare the meeting (is a secretary of the committee or manages MED).</summary>
    public bool CanPrepare { get; init; }

    /// <summary>Fields and parts added to the meeting type at run time.</summary>
    public IReadOnlyList<Portal.Core.Content.Display.DisplayResult> Extras { get; init; } = [];
}

public sealed record AgendaItemPageViewModel(
    AgendaItemView Item,
    ContentItem Meeting,
    MeetingPart MeetingPart,
    CommitteeIndex Committee,
    IReadOnlyDictionary<string, string> CommitteeNames);

/// <summary>One row of the decision register; a closed item's row shows only that it exists.</summary>
public sealed record DecisionRow(DecisionIndex Decision, string CommitteeName, bool CanRead);

public sealed record DecisionRegisterViewModel(
    IReadOnlyList<DecisionRow> Rows,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<CommitteeIndex> Committees,
    string? Committee,
    DateOnly? From,
    DateOnly? To,
    DecisionOutcome? Outcome);

/// <summary>A committee's minutes of one year, and the years there are.</summary>
public sealed record MinutesArchive(IReadOnlyList<int> Years, int? Year, IReadOnlyList<MeetingIndex> Meetings);

public sealed record MinutesArchivePageViewModel(string CommitteeId, string CommitteeName, MinutesArchive Archive);
