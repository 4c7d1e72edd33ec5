using Portal.AuditTrail.Services;

namespace Portal.AuditTrail.ViewModels;

public sealed record ItemHistoryViewModel(string ContentItemId, string Title, IReadOnlyList<AuditRow> Rows, int Total)
{
    /// <summary>Whether the rows are all there are (the editor's section shows only the newest).</summary>
    public bool Complete => Rows.Count >= Total;

    public AuditTableViewModel Table => new(Rows, ShowItem: false, $"Historik for '{Title}', nyeste først");
}

public sealed record AuditTableViewModel(IReadOnlyList<AuditRow> Rows, bool ShowItem, string Caption);

public sealed record AuditListViewModel(AuditFilter Filter, AuditPage Page)
{
    public AuditTableViewModel Table => new(Page.Rows, ShowItem: true, "Hændelser, nyeste først");

    /// <summary>The filter as a query string, for the CSV link and the pages.</summary>
    public string Query(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("user", Filter.User);
        Add("item", Filter.Item);
        Add("kind", Filter.Kind);
        Add("from", Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("page", page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("&", parts);
    }
}
