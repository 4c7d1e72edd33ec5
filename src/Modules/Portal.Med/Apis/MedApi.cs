using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Display;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Apis;

/// <summary>
/// The read-only JSON API: committees, meetings with their agendas, and the decision register, as
/// the caller may see them. Closed items the caller may not read show only that they exist.
/// </summary>
public static class MedApi
{
    public const int DecisionPageSize = 25;

    /// <summary>The years a period may name: anything outside is a typo, not a search.</summary>
    private const int FirstYear = 1900;
    private const int LastYear = 2200;

    public static RouteGroupBuilder MapMedApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api")
            .RequireAuthorization(new RequirePermissionAttribute(Permissions.ViewMed.Name))
            .WithTags("MED")
            .NoStore();

        api.MapGet("/committees", GetCommitteesAsync)
            .WithName("GetCommittees")
            .WithSummary("Udvalgene med deres nuværende medlemmer");
        api.MapGet("/meetings", GetMeetingsAsync)
            .WithName("GetMeetings")
            .WithSummary("Møderne, evt. for ét udvalg og en periode")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("`from` og `to` er datoer (ÅÅÅÅ-MM-DD) i dansk tid; begge dage er med.");
        api.MapGet("/meetings/{id}", GetMeetingAsync)
            .WithName("GetMeeting")
            .WithSummary("Ét møde med dagsordenspunkterne i rækkefølge")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Et lukket punkt, som du ikke har adgang til, vises kun som `{ id, number, isClosed: true }`.");
        api.MapGet("/decisions", GetDecisionsAsync)
            .WithName("GetDecisions")
            .WithSummary("Beslutningsregistret, nyeste først, 25 pr. side")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Filtrér på udvalg, periode (ÅÅÅÅ-MM-DD) og udfald. En beslutning i et lukket punkt, som du ikke har adgang til, vises kun som `{ number, isClosed: true }`.");
        return api;
    }

    public static async Task<Ok<List<CommitteeDto>>> GetCommitteesAsync(
        ClaimsPrincipal user, MedReadQueries reads, IContentVisibility visibility, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var committees = await reads.CommitteesAsync(await visibility.KeysOfAsync(user));
        return TypedResults.Ok(committees.Select(c =>
        {
            var part = c.As<CommitteePart>();
            return new CommitteeDto(
                c.ContentItemId,
                c.DisplayText,
                part.Abbreviation,
                part.Kind,
                part.ParentCommitteeId,
                [.. part.Members.Where(m => m.IsActiveOn(today)).OrderBy(m => m.Role).ThenBy(m => m.Name).Select(m => new CommitteeMemberDto(m.Name, m.Role, m.Side))]);
        }).ToList());
    }

    public static async Task<Results<Ok<List<MeetingDto>>, ProblemHttpResult>> GetMeetingsAsync(
        [Description("Kun møder i dette udvalg (id).")] string? committee,
        [Description("Første dag (ÅÅÅÅ-MM-DD, dansk tid).")] string? from,
        [Description("Sidste dag (ÅÅÅÅ-MM-DD, dansk tid).")] string? to,
        ClaimsPrincipal user,
        MedReadQueries reads,
        IContentVisibility visibility)
    {
        if (ParsePeriod(from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }

        var keys = await visibility.KeysOfAsync(user);
        if (!string.IsNullOrEmpty(committee) && await reads.CommitteeAsync(committee, keys) is null)
        {
            return NotFound($"Udvalget '{committee}' findes ikke.");
        }

        var meetings = await reads.MeetingsAsync(keys, new MeetingFilter(
            CommitteeId: committee,
            FromUtc: fromDay is { } f ? StartOfDanishDay(f) : null,
            ToUtc: toDay is { } t ? StartOfDanishDay(t.AddDays(1)) : null));
        return TypedResults.Ok(meetings.Select(m =>
        {
            var part = m.As<MeetingPart>();
            return new MeetingDto(m.ContentItemId, part.CommitteeId, Utc(part.StartsUtc), Utc(part.EndsUtc), part.Location, part.Status);
        }).ToList());
    }

    public static async Task<Results<Ok<MeetingDetailsDto>, ProblemHttpResult>> GetMeetingAsync(
        [Description("Mødets id.")] string id, ClaimsPrincipal user, MedReadQueries reads, MedQueries queries, IContentVisibility visibility)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await reads.MeetingAsync(id, keys) is not { } meeting)
        {
            return NotFound($"Mødet '{id}' findes ikke.");
        }

        var part = meeting.As<MeetingPart>();
        var minutes = part.Status == MeetingStatus.MinutesPublished;
        var items = await queries.AgendaAsync(meeting, keys);
        var names = await queries.CommitteeNamesAsync();
        return TypedResults.Ok(new MeetingDetailsDto(
            meeting.ContentItemId,
            part.CommitteeId,
            names.GetValueOrDefault(part.CommitteeId, ""),
            Utc(part.StartsUtc),
            Utc(part.EndsUtc),
            part.Location,
            part.Status,
            minutes ? [.. part.Attendance.Select(a => new AttendanceDto(a.Name, a.Status, a.Affiliation))] : [],
            [.. items.Select(i => Item(i, minutes))]));
    }

    public static async Task<Results<Ok<DecisionPageDto>, ProblemHttpResult>> GetDecisionsAsync(
        [Description("Kun beslutninger i dette udvalg (id).")] string? committee,
        [Description("Første beslutningsdato (ÅÅÅÅ-MM-DD).")] string? from,
        [Description("Sidste beslutningsdato (ÅÅÅÅ-MM-DD).")] string? to,
        [Description("Udfald: Noted, Approved, Rejected, Postponed eller Referred.")] string? outcome,
        [Description("Side, fra 1.")] string? page,
        ClaimsPrincipal user,
        MedReadQueries reads,
        MedQueries queries,
        IContentVisibility visibility)
    {
        if (ParsePeriod(from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }

        DecisionOutcome? outcomeValue = null;
        if (!string.IsNullOrEmpty(outcome))
        {
            outcomeValue = Enum.GetValues<DecisionOutcome>().Cast<DecisionOutcome?>().FirstOrDefault(o => string.Equals(o.ToString(), outcome, StringComparison.OrdinalIgnoreCase));
            if (outcomeValue is null)
            {
                return BadRequest($"Udfaldet '{outcome}' findes ikke. Brug et af: {string.Join(", ", Enum.GetNames<DecisionOutcome>())}.");
            }
        }

        if (ReaderApi.ParsePage(page, out var pageNumber) is { } badPage)
        {
            return badPage;
        }

        var keys = await visibility.KeysOfAsync(user);
        if (!string.IsNullOrEmpty(committee) && await reads.CommitteeAsync(committee, keys) is null)
        {
            return NotFound($"Udvalget '{committee}' findes ikke.");
        }

        var (rows, total, shown) = await queries.DecisionsAsync(keys, committee, fromDay, toDay, outcomeValue, pageNumber, DecisionPageSize);
        var pageCount = Math.Max(1, (total + DecisionPageSize - 1) / DecisionPageSize);
        if (shown != pageNumber)
        {
            return ReaderApi.PageBeyond(page, pageCount, "beslutninger");
        }

        return TypedResults.Ok(new DecisionPageDto(shown, DecisionPageSize, pageCount, total, [.. rows.Select(Decision)]));
    }

    private static AgendaItemDto Item(AgendaItemView view, bool minutes)
    {
        var part = view.Part;
        if (!view.CanRead)
        {
            return new AgendaItemDto { Id = view.Item.ContentItemId, Number = part.Number, IsClosed = true };
        }

        return new AgendaItemDto
        {
            Id = view.Item.ContentItemId,
            Number = part.Number,
            IsClosed = part.IsClosed,
            Title = view.Item.DisplayText,
            Kind = part.Kind,
            Route = part.Route,
            Summary = part.Summary,
            CaseDescription = part.CaseDescription,
            RelatedPolicies = part.RelatedPolicies,
            LegalBasis = part.LegalBasis,
            FinancialImpact = part.FinancialImpact,
            Proposal = part.Proposal is { } p ? new ProposalDto(p.Proposer, p.Text) : null,
            Decision = minutes && part.Decision is { } d ? new DecisionDto(d.CommitteeId, d.Date, d.Outcome, d.Text) : null,
            Recusals = minutes ? part.Recusals : null,
            Attachments = [.. part.Attachments.Select(a => new AttachmentDto(a.Title, a.Url))],
        };
    }

    private static DecisionRowDto Decision(DecisionRow row) => row.CanRead
        ? new DecisionRowDto
        {
            Number = row.Decision.Number,
            IsClosed = row.Decision.IsClosed,
            ItemId = row.Decision.ContentItemId,
            Title = row.Decision.Title,
            CommitteeId = row.Decision.CommitteeId,
            CommitteeName = row.CommitteeName,
            MeetingId = row.Decision.MeetingId,
            Date = row.Decision.Date,
            Outcome = row.Decision.Outcome,
        }
        : new DecisionRowDto { Number = row.Decision.Number, IsClosed = true };

    /// <summary>Reads <c>from</c> and <c>to</c> as dates (ÅÅÅÅ-MM-DD); a problem saying in Danish what is wrong with them, or null.</summary>
    private static ProblemHttpResult? ParsePeriod(string? from, string? to, out DateOnly? fromDay, out DateOnly? toDay)
    {
        toDay = null;
        if ((ParseDay(from, "from", out fromDay) ?? ParseDay(to, "to", out toDay)) is { } problem)
        {
            return problem;
        }

        return fromDay > toDay
            ? BadRequest($"Perioden er tom: 'from' ({fromDay:yyyy-MM-dd}) ligger efter 'to' ({toDay:yyyy-MM-dd}).")
            : null;
    }

    private static ProblemHttpResult? ParseDay(string? value, string name, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year < FirstYear || parsed.Year > LastYear)
        {
            return BadRequest($"'{name}' skal være en dato som ÅÅÅÅ-MM-DD mellem år {FirstYear} og {LastYear}, fx 2023-04-27. '{value}' er ikke en gyldig dato.");
        }

        day = parsed;
        return null;
    }

    private static DateTime StartOfDanishDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), LocalTimeTagHelper.DanishTime);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static ProblemHttpResult BadRequest(string detail) => ReaderApi.BadRequest(detail);

    private static ProblemHttpResult NotFound(string detail) => ReaderApi.NotFound(detail);
}
