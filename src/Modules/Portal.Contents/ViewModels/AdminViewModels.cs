using System.ComponentModel.DataAnnotations;
using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Metadata;

namespace Portal.Contents.ViewModels;

public sealed class ContentListViewModel
{
    public required ContentListPage Page { get; init; }

    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }

    public string? Type { get; init; }

    public ContentStatusFilter Status { get; init; }

    public string? Search { get; init; }

    public ContentSort Sort { get; init; }

    public string TypeName(string name) => Types.FirstOrDefault(t => t.Name == name)?.DisplayName ?? name;
}

public sealed class ContentEditViewModel
{
    public required ContentShape Shape { get; init; }

    public required ContentTypeDefinition Type { get; init; }

    public bool IsNew { get; init; }

    public Guid ConcurrencyStamp { get; init; }

    public bool HasPublished { get; init; }

    public bool CanPublish { get; init; }

    public bool CanDelete { get; init; }

    /// <summary>What is planned for the item, including a planned change a rule refused when its time came.</summary>
    public IReadOnlyList<Scheduling.ScheduledChange> Schedule { get; init; } = [];

    public Scheduling.ScheduleForm ScheduleForm { get; init; } = new(null, null);

    /// <summary>Buttons other modules add beside "Gem kladde" (e.g. "Send til godkendelse").</summary>
    public IReadOnlyList<IContentEditorAction> Actions { get; init; } = [];

    /// <summary>What other modules say about the item (e.g. "Afventer godkendelse").</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary>Sections other modules add below the editor (the history).</summary>
    public IReadOnlyList<EditorPanel> Panels { get; init; } = [];

    public ContentItem Item => Shape.ContentItem;
}

public sealed class ContentVersionsViewModel
{
    public required ContentItem Latest { get; init; }

    public required IReadOnlyList<ContentItem> Versions { get; init; }

    public required ContentTypeDefinition Type { get; init; }
}

public sealed class ContentCompareViewModel
{
    public required ContentItem Latest { get; init; }

    public required ContentItem Left { get; init; }

    public required ContentItem Right { get; init; }

    public required IReadOnlyList<ComparedValue> Values { get; init; }

    public IReadOnlyList<ContentItem> Versions { get; init; } = [];
}

public sealed class ContentConflictViewModel
{
    public required ContentItem Saved { get; init; }

    public required ContentItem Mine { get; init; }

    public required IReadOnlyList<ComparedValue> Values { get; init; }
}

public sealed class ContentDisplayViewModel
{
    public required ContentShape Shape { get; init; }

    public bool IsPreview { get; init; }
}

public sealed class ContentTypeEditViewModel
{
    public required ContentTypeDefinition Type { get; init; }

    public ContentTypeSettingsForm Settings { get; init; } = new();

    public AddFieldForm NewField { get; init; } = new();
}

public sealed class ContentTypeSettingsForm
{
    [Display(Name = "Visningsnavn")]
    [Required(ErrorMessage = "Skriv et visningsnavn.")]
    [StringLength(100, ErrorMessage = "Visningsnavnet må højst være 100 tegn.")]
    public string? DisplayName { get; set; }

    [Display(Name = "Beskrivelse")]
    [StringLength(500, ErrorMessage = "Beskrivelsen må højst være 500 tegn.")]
    public string? Description { get; set; }

    [Display(Name = "Kladder (ændringer gemmes som kladde, indtil de udgives)")]
    public bool Draftable { get; set; }

    [Display(Name = "Versioner (hver gemning bliver en ny version i historikken)")]
    public bool Versionable { get; set; }

    [Display(Name = "Vises i indholdslisten")]
    public bool Listable { get; set; }

    [Display(Name = "Redaktører kan oprette nyt")]
    public bool Creatable { get; set; }
}

/// <summary>A technical name (used in storage, never changed) and the name people see.</summary>
public abstract class NamedForm
{
    private const string NamePattern = "^[A-Z][A-Za-z0-9]{0,49}$";
    private const string NameRule = "Det tekniske navn skal begynde med et stort bogstav og må kun indeholde bogstaverne A–Z og tal (højst 50 tegn).";

    [Display(Name = "Teknisk navn")]
    [Required(ErrorMessage = "Skriv et teknisk navn.")]
    [RegularExpression(NamePattern, ErrorMessage = NameRule)]
    public string? Name { get; set; }

    [Display(Name = "Visningsnavn")]
    [Required(ErrorMessage = "Skriv et visningsnavn.")]
    [StringLength(100, ErrorMessage = "Visningsnavnet må højst være 100 tegn.")]
    public string? DisplayName { get; set; }
}

public sealed class AddFieldForm : NamedForm
{
    [Display(Name = "Felttype")]
    [Required(ErrorMessage = "Vælg en felttype.")]
    public string? FieldType { get; set; }

    [Display(Name = "Hjælpetekst")]
    [StringLength(300, ErrorMessage = "Hjælpeteksten må højst være 300 tegn.")]
    public string? Hint { get; set; }

    [Display(Name = "Skal udfyldes")]
    public bool Required { get; set; }

    [Display(Name = "Flere værdier (henvisninger)")]
    public bool Multiple { get; set; }
}

public sealed class CreateTypeForm : NamedForm;

public sealed class ContentTypeListViewModel
{
    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }

    public CreateTypeForm NewType { get; init; } = new();
}

public sealed record PublishedItem(string ContentItemId, string DisplayText, DateTime? PublishedUtc);
