using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Med;
using Portal.Med.Models;

namespace Portal.Web.Tests.Med;

/// <summary>A committee with one member account, and a meeting with an open and a closed item, both decided.</summary>
public class MedFixture : PortalFactory, IAsyncLifetime
{
    public const string MemberUser = "udvalg.medlem";
    public const string SecretaryUser = "udvalg.sekretaer";

    public MedFixture()
    {
    }

    /// <summary>The same committee and meeting on another database provider ("Postgres").</summary>
    protected MedFixture(string provider)
        : base(provider)
    {
    }

    public string CommitteeId { get; private set; } = "";

    public string MeetingId { get; private set; } = "";

    public string OpenItemId { get; private set; } = "";

    public string ClosedItemId { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var member = new PortalUser { UserName = MemberUser, DisplayName = "Udvalgsmedlem" };
        Check(await users.CreateAsync(member, DemoPassword));
        Check(await users.AddToRoleAsync(member, PortalRoles.Employee));
        var secretary = new PortalUser { UserName = SecretaryUser, DisplayName = "Udvalgssekretær" };
        Check(await users.CreateAsync(secretary, DemoPassword));
        Check(await users.AddToRoleAsync(secretary, PortalRoles.Employee));

        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var committee = await NewAsync(content, MedTypes.Committee, "Testudvalget");
        committee.Apply(new CommitteePart
        {
            Kind = CommitteeKind.Hovedudvalg,
            Abbreviation = "TU",
            Members =
            [
                new CommitteeMember { Name = "Udvalgsmedlem", UserName = MemberUser, Role = CommitteeRole.Member, Side = MedSide.Employees },
                new CommitteeMember { Name = "Udvalgssekretær", UserName = SecretaryUser, Role = CommitteeRole.Secretary },
            ],
        });
        await content.CreateAsync(committee, publish: true);
        CommitteeId = committee.ContentItemId;

        var meeting = await NewAsync(content, MedTypes.Meeting, "Møde i Testudvalget");
        MeetingId = meeting.ContentItemId;
        var open = await ItemAsync(content, "1", "Åbent testpunkt", isClosed: false, "Åben sagsfremstilling");
        var closed = await ItemAsync(content, "2", "Lukket testpunkt", isClosed: true, "Fortrolig sagsfremstilling");
        OpenItemId = open;
        ClosedItemId = closed;
        meeting.Apply(new MeetingPart
        {
            CommitteeId = CommitteeId,
            StartsUtc = new DateTime(2023, 4, 27, 7, 0, 0, DateTimeKind.Utc),
            EndsUtc = new DateTime(2023, 4, 27, 11, 0, 0, DateTimeKind.Utc),
            Location = "Rådhuset",
            Status = MeetingStatus.MinutesPublished,
            AgendaOrder = [open, closed],
            Attendance = [new Attendance("Carsten Willadsen", AttendanceStatus.SentApologies)],
        });
        await content.CreateAsync(meeting, publish: true);

        // Items were written before their meeting existed; saving them again lets the closed
        // item's rule find its committee.
        foreach (var id in new[] { open, closed })
        {
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            var version = (await content.BeginEditAsync(id, latest.ConcurrencyStamp))!;
            await content.SaveAsync(version, publish: true);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected async Task<string> ItemAsync(IContentManager content, string number, string title, bool isClosed, string description, Action<AgendaItemPart>? alter = null)
    {
        var item = await NewAsync(content, MedTypes.AgendaItem, title);
        item.Apply(new AgendaItemPart
        {
            MeetingId = MeetingId,
            Number = number,
            IsClosed = isClosed,
            Kind = ItemKind.Decision,
            CaseDescription = $"<p>{description}</p>",
            Proposal = new Proposal("Formanden", "<p>Formanden indstiller, at punktet godkendes.</p>"),
            Decision = new Decision(CommitteeId, new DateOnly(2023, 4, 27), DecisionOutcome.Approved, $"<p>{title} blev godkendt.</p>"),
        });
        if (alter is not null)
        {
            item.Alter(alter);
        }

        await content.CreateAsync(item, publish: true);
        return item.ContentItemId;
    }

    protected static async Task<ContentItem> NewAsync(IContentManager content, string type, string title)
    {
        var item = await content.NewAsync(type);
        item.DisplayText = title;
        item.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["title"] = title };
        return item;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
}
