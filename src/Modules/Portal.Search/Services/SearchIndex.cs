using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Core.Hosting;
using Portal.Core.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Portal.Search.Services;

/// <summary>
/// This node's Lucene index on disk (<c>{DataPath}/search/index</c>, or under <c>Search:IndexPath</c>): one writer for the process,
/// searchers that see the last commit, and the id of the last indexing task applied, committed with
/// the documents so the two never disagree after a crash.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string AppliedKey = "appliedTaskId";
    private const string EpochKey = "databaseEpoch";
    private const string DescribedByKey = "describedBy";
    private readonly System.Threading.Lock _openLock = new();
    private readonly string _folder;
    private LuceneDirectory? _directory;
    private Analyzer? _analyzer;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private FileStream? _processLock;
    private long _generation;

    public SearchIndex(DataPaths paths, string? folder = null)
    {
        _folder = FolderOf(paths, folder);
        NodeId = ReadOrCreateNodeId(_folder);
    }

    /// <summary>
    /// <c>Search:IndexPath</c> when set (relative to the data folder), else <c>{DataPath}/search</c>.
    /// Nodes that share a data folder (for media) must each have their own.
    /// </summary>
    public static string FolderOf(DataPaths paths, string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? paths.Combine("search") : Path.GetFullPath(Path.Combine(paths.Root, configured));

    /// <summary>Names this index (and so the node) in <c>SearchNodes</c>; kept beside the index.</summary>
    public string NodeId { get; }

    public string IndexPath => Path.Combine(_folder, "index");

    /// <summary>False until the index has been built once (a new node, or a lost folder).</summary>
    public bool HasCommit => Writer.CommitData.ContainsKey(AppliedKey);

    public long AppliedTaskId =>
        Writer.CommitData.TryGetValue(AppliedKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

    /// <summary>Names the database the index was built from (see <see cref="SearchIndexPump"/>); null before the first commit.</summary>
    public string? DatabaseEpoch => Writer.CommitData.TryGetValue(EpochKey, out var value) ? value : null;

    /// <summary>Names the handlers and field layout the documents were made with (see <see cref="SearchIndexPump"/>); null for an index made before it was kept.</summary>
    public string? DescribedBy => Writer.CommitData.TryGetValue(DescribedByKey, out var value) ? value : null;

    /// <summary>The documents searches can find, as last committed (those waiting for an item they are described from are not counted).</summary>
    public int DocumentCount => Search(searcher =>
    {
        var waiting = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(SearchFields.Waiting, "1")), waiting);
        return searcher.IndexReader.NumDocs - waiting.TotalHits;
    });

    /// <summary>Moves on with every commit: what a search answers may have changed (cached search pages vary by it).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Whether searches can be answered: false while another process holds the index (a rebuild
    /// from the command line) or it cannot be opened; the reason is in the log.
    /// </summary>
    public bool IsReadable
    {
        get
        {
            try
            {
                Open();
                return true;
            }
            catch (Exception exception) when (exception is LockObtainFailedException or IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }

    /// <summary>Opens the writer if it is not open; throws <see cref="LockObtainFailedException"/> when another process holds the index.</summary>
    public void Open() => _ = Writer;

    private IndexWriter Writer
    {
        get
        {
            if (_writer is { } open)
            {
                return open;
            }

            lock (_openLock)
            {
                if (_writer is null)
                {
                    _processLock ??= LockFolder();
                    System.IO.Directory.CreateDirectory(IndexPath);
                    _directory ??= FSDirectory.Open(IndexPath);
                    _analyzer ??= SearchFields.CreateAnalyzer();
                    var writer = new IndexWriter(_directory, new IndexWriterConfig(SearchFields.Version, _analyzer)
                    {
                        OpenMode = OpenMode.CREATE_OR_APPEND,
                        RAMBufferSizeMB = 64,
                    });
                    _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
                    _writer = writer;
                }

                return _writer;
            }
        }
    }

    public Analyzer Analyzer
    {
        get
        {
            Open();
            return _analyzer!;
        }
    }

    /// <summary>Runs <paramref name="search"/> on the last committed state; safe from any thread.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        Open();
        var searchers = _searchers ?? throw new ObjectDisposedException(nameof(SearchIndex), "The search index is being reopened.");
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Replaces these items' documents (an item without one is taken out); seen by searches after <see cref="Commit"/>.</summary>
    public void Replace(IReadOnlyCollection<string> contentItemIds, IEnumerable<SearchDocument> documents)
    {
        var writer = Writer;
        foreach (var id in contentItemIds)
        {
            writer.DeleteDocuments(new Term(SearchFields.Id, id));
        }

        foreach (var document in documents)
        {
            writer.AddDocument(SearchFields.ToLucene(document));
        }
    }

    /// <summary>The items whose documents were described from one of these (see <see cref="SearchDocument.DependsOn"/>).</summary>
    public IReadOnlyCollection<string> DependentsOf(IReadOnlyCollection<string> contentItemIds) => Search(searcher =>
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in contentItemIds.Chunk(512))
        {
            var query = new BooleanQuery();
            foreach (var id in chunk)
            {
                query.Add(new TermQuery(new Term(SearchFields.DependsOn, id)), Occur.SHOULD);
            }

            var collector = new DocumentIds();
            searcher.Search(query, collector);
            foreach (var doc in collector.Docs)
            {
                found.Add(searcher.Doc(doc, IdField).Get(SearchFields.Id));
            }
        }

        return found;
    });

    private static readonly ISet<string> IdField = new HashSet<string> { SearchFields.Id };

    /// <summary>Empties the index for a rebuild; searchers keep the last commit until <see cref="Commit"/>.</summary>
    public void BeginRebuild() => Writer.DeleteAll();

    public void Add(IEnumerable<SearchDocument> documents) => Writer.AddDocuments(documents.Select(SearchFields.ToLucene));

    /// <summary>
    /// Makes everything written visible to searches and durable, with the tasks applied so far, the
    /// database they came from and what described the documents (kept as it was when null).
    /// </summary>
    public void Commit(long appliedTaskId, string databaseEpoch, string? describedBy = null)
    {
        var writer = Writer;
        var data = new Dictionary<string, string>
        {
            [AppliedKey] = appliedTaskId.ToString(CultureInfo.InvariantCulture),
            [EpochKey] = databaseEpoch,
        };
        if ((describedBy ?? DescribedBy) is { } stamp)
        {
            data[DescribedByKey] = stamp;
        }

        writer.SetCommitData(data);
        writer.Commit();
        _searchers!.MaybeRefreshBlocking();
        Interlocked.Increment(ref _generation);
    }

    /// <summary>Drops what was written since the last commit (a rebuild that failed half-way).</summary>
    public void Rollback()
    {
        lock (_openLock)
        {
            if (_writer is null)
            {
                return;
            }

            _searchers?.Dispose();
            _searchers = null;
            _writer.Rollback();
            _writer = null;
        }
    }

    public void Dispose()
    {
        lock (_openLock)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory?.Dispose();
            _analyzer?.Dispose();
            _processLock?.Dispose();
            _searchers = null;
            _writer = null;
            _directory = null;
            _analyzer = null;
            _processLock = null;
        }
    }

    /// <summary>
    /// Keeps any other process off this index while this one writes it (a command-line rebuild
    /// beside a running portal): Lucene's own lock does not hold between processes on Linux. The
    /// operating system lets go of it when the process ends, however it ends.
    /// </summary>
    private FileStream LockFolder()
    {
        try
        {
            return new FileStream(Path.Combine(_folder, "index.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new LockObtainFailedException($"Another process uses the search index in {_folder}.", exception);
        }
    }

    private static string ReadOrCreateNodeId(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "node-id");
        if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }

        var id = Guid.NewGuid().ToString("N");
        File.WriteAllText(file, id);
        return id;
    }
}

/// <summary>Every matching document, in no order.</summary>
internal sealed class DocumentIds : ICollector
{
    private int _base;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

    public void Collect(int doc) => Docs.Add(_base + doc);
}
