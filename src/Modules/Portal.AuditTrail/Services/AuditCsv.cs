using System.Globalization;
using System.Text;
using Portal.Core.Display;

namespace Portal.AuditTrail.Services;

/// <summary>
/// The records as CSV the way Danish Excel opens it: UTF-8 with a byte order mark (so æ, ø and å
/// survive) and semicolons between the columns.
/// </summary>
public static class AuditCsv
{
    private static readonly string[] Header = ["Tidspunkt", "Hændelse", "Bruger", "Indhold", "Indholds-id", "Version", "Felter", "Beskrivelse", "Kommentar", "IP-adresse"];

    public static byte[] Write(IEnumerable<AuditRow> rows)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var row in rows)
        {
            var record = row.Record;
            Line(text,
            [
                DanishClock.Local(record.CreatedUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                AuditText.Of(record.Kind),
                record.UserName,
                record.ContentItemId is null ? "" : row.Title ?? "",
                row.ContentHidden ? "" : record.ContentItemId ?? "",
                row.ContentHidden ? "" : record.ContentVersion?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.Fields ?? "",
                row.Summary,
                row.Comment ?? "",
                record.RemoteIp ?? "",
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> values) =>
        text.Append(string.Join(';', values.Select(Cell))).Append("\r\n");

    private static string Cell(string value)
    {
        // A cell Excel would read as a formula is kept as text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
