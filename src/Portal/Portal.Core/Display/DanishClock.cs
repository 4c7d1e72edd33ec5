namespace Portal.Core.Display;

/// <summary>Times are typed and shown in Danish time and stored in UTC.</summary>
public static class DanishClock
{
    public static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), LocalTimeTagHelper.DanishTime);

    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>Whether the local time exists (it does not in the hour skipped for summer time).</summary>
    public static bool Exists(DateTime local) => !LocalTimeTagHelper.DanishTime.IsInvalidTime(local);

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), LocalTimeTagHelper.DanishTime);
}
