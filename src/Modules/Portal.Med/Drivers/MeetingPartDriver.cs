using Portal.Contents.Models;
using Portal.Core.Content.Display;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Drivers;

/// <summary>
/// A meeting's time, place, status and attendance. The title is made from the committee and the
/// day, so lists and feeds name meetings the same way.
/// </summary>
internal sealed class MeetingPartDriver(CommitteeRoster roster, CommitteeDirectory directory, PortalDbContext db, Portal.Core.Content.Visibility.IContentVisibility visibility, TimeProvider clock)
    : ContentPartDisplayDriver<MeetingPart>
{
    private const string Prefix = nameof(MeetingPart);

    protected override async Task<DisplayResult?> EditAsync(MeetingPart part, BuildContext context) =>
        View("Parts/MeetingPart.Edit", new MeetingPartEditorViewModel(await FormOfAsync(part, context.IsNew), context.IsNew), position: 10);

    protected override async Task<DisplayResult?> UpdateEditorAsync(MeetingPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new MeetingPartEditModel();
        await updater.TryUpdateModelAsync(form, Prefix);
        if (form.Status == MeetingStatus.MinutesPublished && part.Status != MeetingStatus.MinutesPublished && await MinutesApproval.IsNeededAsync(visibility, part.CommitteeId))
        {
            updater.ModelState.AddModelError($"{Prefix}.{nameof(form.Status)}", MinutesApproval.SendInstead);
        }
        else if (TimesOf(form, updater) is { } times)
        {
            part.StartsUtc = times.StartsUtc;
            part.EndsUtc = times.EndsUtc;
            part.Location = form.Location?.Trim() ?? "";
            part.Status = form.Status;
            if (!context.IsNew)
            {
                part.Attendance =
                [
                    .. form.Attendance
                        .Where(row => !string.IsNullOrWhiteSpace(row.Name) && row.Status is not null)
                        .Select(row => new Attendance(row.Name!.Trim(), row.Status!.Value, string.IsNullOrWhiteSpace(row.Affiliation) ? null : row.Affiliation.Trim())),
                    .. MedText.Lines(form.Guests).Select(name => new Attendance(name, AttendanceStatus.Present)),
                ];
            }

            var committee = (await directory.NamesAsync(db)).GetValueOrDefault(part.CommitteeId, "");
            context.ContentItem.SetTitle($"Møde i {committee} {form.Date:dd-MM-yyyy}");
        }

        return View("Parts/MeetingPart.Edit", new MeetingPartEditorViewModel(form, context.IsNew), position: 10);
    }

    private (DateTime StartsUtc, DateTime EndsUtc)? TimesOf(MeetingPartEditModel form, IUpdateModel updater)
    {
        if (form.Date is not { } date || form.Starts is not { } starts || form.Ends is not { } ends)
        {
            return null;
        }

        if (ends <= starts)
        {
            updater.ModelState.AddModelError($"{Prefix}.{nameof(form.Ends)}", "Mødet skal slutte efter, at det begynder.");
            return null;
        }

        var localStart = date.ToDateTime(starts);
        var localEnd = date.ToDateTime(ends);
        if (!DanishClock.Exists(localStart) || !DanishClock.Exists(localEnd))
        {
            updater.ModelState.AddModelError($"{Prefix}.{nameof(form.Starts)}", "Tidspunktet findes ikke, fordi uret stilles frem til sommertid.");
            return null;
        }

        var startsUtc = DanishClock.ToUtc(localStart);
        if (form.Status == MeetingStatus.MinutesPublished && !MeetingPart.MinutesMayBePublished(startsUtc, clock.GetUtcNow().UtcDateTime))
        {
            updater.ModelState.AddModelError($"{Prefix}.{nameof(form.Status)}", "Referatet kan først offentliggøres, når mødet er begyndt.");
            return null;
        }

        return (startsUtc, DanishClock.ToUtc(localEnd));
    }

    private async Task<MeetingPartEditModel> FormOfAsync(MeetingPart part, bool isNew)
    {
        if (isNew)
        {
            return new MeetingPartEditModel { Starts = new TimeOnly(9, 0), Ends = new TimeOnly(12, 0) };
        }

        var start = DanishClock.Local(part.StartsUtc);
        var recorded = part.Attendance.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First());
        var members = await roster.OnAsync(part.CommitteeId, DateOnly.FromDateTime(start));
        var rows = members
            .Select(m => new AttendanceRow { Name = m.Name, Affiliation = m.Affiliation, Status = recorded.GetValueOrDefault(m.Name)?.Status })
            .Concat(part.Attendance.Where(a => members.All(m => m.Name != a.Name)).Select(a => new AttendanceRow { Name = a.Name, Affiliation = a.Affiliation, Status = a.Status }))
            .DistinctBy(r => r.Name)
            .ToList();
        return new MeetingPartEditModel
        {
            Date = DateOnly.FromDateTime(start),
            Starts = TimeOnly.FromDateTime(start),
            Ends = TimeOnly.FromDateTime(DanishClock.Local(part.EndsUtc)),
            Location = part.Location,
            Status = part.Status,
            Attendance = rows,
        };
    }
}
