using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Core.Search;

namespace Portal.Search.Services;

/// <summary>How a <see cref="SearchDocument"/> is kept in the Lucene index, and the analyzers of its fields.</summary>
internal static class SearchFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string Suggest = "suggest";
    public const string Reader = "reader";

    /// <summary>The permission the item's pages require, or <see cref="NoPermission"/>.</summary>
    public const string Permission = "permission";
    public const string NoPermission = "-";
    public const string Url = "url";

    /// <summary>The items a document was described from: changing one of them takes the document again.</summary>
    public const string DependsOn = "depends_on";

    /// <summary>Marks a document that is not <see cref="SearchDocument.IsFindable"/>: kept only for what it depends on.</summary>
    public const string Waiting = "waiting";
    public const string Date = "date";

    /// <summary>The content type, for filtering; <see cref="TypeFacet"/> also carries its label.</summary>
    public const string Type = "type";
    public const string TypeFacet = "type_facet";
    public const string TypeLabel = "type_label";
    public const string Committee = "committee";
    public const string Year = "year";

    /// <summary>Between a facet's value and its label in one doc value.</summary>
    public const char LabelSeparator = '\u001f';

    /// <summary>
    /// Danish for titles and text (stemming: "anbefalinger" finds "anbefaling"; Danish stop words;
    /// æ, ø and å kept), words as typed for title suggestions.
    /// </summary>
    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        new DanishAnalyzer(Version),
        new Dictionary<string, Analyzer> { [Suggest] = new StandardAnalyzer(Version, CharArraySet.Empty) });

    /// <summary>Raise it when the fields below change: every node then builds its index again.</summary>
    private const int LayoutVersion = 2;

    /// <summary>What the documents are made with: the modules' handlers and their versions, and this layout.</summary>
    public static string DescribedBy(IEnumerable<ISearchIndexHandler> handlers) => string.Join(';', handlers
        .Select(h => $"{h.GetType().FullName}@{h.DescriptionVersion}")
        .Append($"layout@{LayoutVersion}")
        .Order(StringComparer.Ordinal));

    public static Document ToLucene(SearchDocument source)
    {
        if (!source.IsFindable)
        {
            // Waiting for an item it is described from: no readers, so no search, facet or suggestion finds it.
            var waiting = new Document
            {
                new StringField(Id, source.ContentItemId, Field.Store.YES),
                new StringField(Waiting, "1", Field.Store.NO),
            };
            foreach (var id in source.DependsOn)
            {
                waiting.Add(new StringField(DependsOn, id, Field.Store.NO));
            }

            return waiting;
        }

        var typeLabel = source.TypeLabel ?? source.ContentType;
        var document = new Document
        {
            new StringField(Id, source.ContentItemId, Field.Store.YES),
            new StringField(Type, source.ContentType, Field.Store.YES),
            new SortedDocValuesField(TypeFacet, new BytesRef(source.ContentType + LabelSeparator + typeLabel)),
            new StoredField(TypeLabel, typeLabel),
            new TextField(Title, source.Title, Field.Store.YES),
            new TextField(Suggest, source.Title, Field.Store.NO),
            new TextField(Body, source.Body, Field.Store.YES),
            new StoredField(Url, source.Url ?? ""),
        };

        document.Add(new StringField(Permission, source.RequiredPermission?.Name ?? NoPermission, Field.Store.NO));
        foreach (var reader in source.Readers)
        {
            document.Add(new StringField(Reader, reader, Field.Store.NO));
        }

        foreach (var id in source.DependsOn)
        {
            document.Add(new StringField(DependsOn, id, Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(source.Committee))
        {
            document.Add(new StringField(Committee, source.Committee, Field.Store.YES));
            document.Add(new SortedDocValuesField(Committee, new BytesRef(source.Committee)));
        }

        if (source.DateUtc is { } date)
        {
            document.Add(new NumericDocValuesField(Date, date.Ticks));
            document.Add(new StoredField(Date, date.Ticks));
            var year = Portal.Core.Display.DanishClock.Local(DateTime.SpecifyKind(date, DateTimeKind.Utc)).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            document.Add(new StringField(Year, year, Field.Store.NO));
            document.Add(new SortedDocValuesField(Year, new BytesRef(year)));
        }

        return document;
    }
}
