using System.ComponentModel.DataAnnotations;
using Portal.Communication.Models;

namespace Portal.Communication.ViewModels;

/// <summary>What the strategy editor posts, under the prefix <c>CommunicationStrategyPart</c>. Lists are one entry per line.</summary>
public sealed class CommunicationStrategyPartEditModel
{
    public string? Introduction { get; set; }

    [StringLength(10_000, ErrorMessage = "Målene må højst fylde 10.000 tegn.")]
    public string? Goals { get; set; }

    [StringLength(10_000, ErrorMessage = "Målgrupperne må højst fylde 10.000 tegn.")]
    public string? TargetGroups { get; set; }

    public List<StrategyChannelEditModel> Channels { get; set; } = [];

    [StringLength(10_000, ErrorMessage = "Det centrale ansvar må højst fylde 10.000 tegn.")]
    public string? CentralResponsibilities { get; set; }

    [StringLength(10_000, ErrorMessage = "Det decentrale ansvar må højst fylde 10.000 tegn.")]
    public string? DecentralResponsibilities { get; set; }

    public List<string> RecommendationIds { get; set; } = [];
}

/// <summary>A channel row as typed; a row with nothing in it is left out.</summary>
public sealed class StrategyChannelEditModel
{
    public string? Channel { get; set; }

    public string? Priority { get; set; }

    [StringLength(200, ErrorMessage = "Ejeren må højst være 200 tegn.")]
    public string? Owner { get; set; }

    [StringLength(300, ErrorMessage = "Bemærkningen må højst være 300 tegn.")]
    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Channel) && string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(Note);
}

public sealed record CommunicationStrategyPartEditorViewModel(CommunicationStrategyPartEditModel Form, IReadOnlyList<Choice> Recommendations);
