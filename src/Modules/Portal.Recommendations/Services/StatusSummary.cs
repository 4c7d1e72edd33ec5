using System.Globalization;
using Portal.Recommendations.Models;

namespace Portal.Recommendations.Services;

/// <summary>
/// The sentence a status report opens with, made from the counts, in the words the committees use:
/// "Status på arbejdet med initiativerne er, at fire initiativer endnu ikke er påbegyndt, mens et er
/// afsluttet, et er klar til implementering og seks initiativer er i gang. Desuden er der to
/// initiativer, som er pauseret."
/// </summary>
public static class StatusSummary
{
    /// <summary>The order the report names the statuses in; paused initiatives get a sentence of their own.</summary>
    private static readonly InitiativeStatus[] Order =
        [InitiativeStatus.NotStarted, InitiativeStatus.Completed, InitiativeStatus.ReadyForImplementation, InitiativeStatus.InProgress];

    private static readonly string[] Numbers =
        ["ingen", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv"];

    public static string Describe(IReadOnlyDictionary<InitiativeStatus, int> counts)
    {
        int Count(InitiativeStatus status) => counts.TryGetValue(status, out var count) ? count : 0;

        var clauses = Order.Where(s => Count(s) > 0).Select(s => (Count: Count(s), Status: s)).ToList();
        var paused = Count(InitiativeStatus.Paused);
        if (clauses.Count == 0 && paused == 0)
        {
            return "Der er endnu ingen initiativer at gøre status over.";
        }

        if (clauses.Count == 0)
        {
            return $"Status på arbejdet med initiativerne er, at {Initiatives(paused)} {Phrase(InitiativeStatus.Paused)}.";
        }

        var first = $"{Initiatives(clauses[0].Count)} {Phrase(clauses[0].Status)}";
        var rest = clauses.Skip(1).Select(c => $"{Short(c.Count)} {Phrase(c.Status)}").ToList();
        var sentence = rest.Count == 0
            ? $"Status på arbejdet med initiativerne er, at {first}."
            : $"Status på arbejdet med initiativerne er, at {first}, mens {List(rest)}.";
        return paused == 0
            ? sentence
            : $"{sentence} Desuden er der {Initiatives(paused)}, som {Phrase(InitiativeStatus.Paused)}.";
    }

    /// <summary>"et", "to", …, "tolv", then digits.</summary>
    public static string NumberWord(int count) =>
        count >= 0 && count < Numbers.Length ? Numbers[count] : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>"et initiativ", "fire initiativer".</summary>
    private static string Initiatives(int count) => count == 1 ? "et initiativ" : $"{NumberWord(count)} initiativer";

    /// <summary>After the first clause one initiative is just "et"; more keep their noun: "seks initiativer".</summary>
    private static string Short(int count) => count == 1 ? "et" : Initiatives(count);

    private static string Phrase(InitiativeStatus status) => status switch
    {
        InitiativeStatus.NotStarted => "endnu ikke er påbegyndt",
        InitiativeStatus.InProgress => "er i gang",
        InitiativeStatus.ReadyForImplementation => "er klar til implementering",
        InitiativeStatus.Completed => "er afsluttet",
        InitiativeStatus.Paused => "er pauseret",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>"a", "a og b", "a, b og c".</summary>
    private static string List(List<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} og {parts[^1]}";
}
