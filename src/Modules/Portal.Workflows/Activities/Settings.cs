using System.Text.Json.Nodes;

namespace Portal.Workflows.Activities;

/// <summary>Reading an activity's settings as the JSON of a workflow type gives them.</summary>
internal static class Settings
{
    public static string Text(this JsonObject settings, string name) =>
        settings[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    public static IReadOnlyList<string> Texts(this JsonObject settings, string name) =>
        settings[name] is JsonArray array
            ? [.. array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var text) ? text : "").Where(t => t.Length > 0)]
            : [];

    public static bool Flag(this JsonObject settings, string name) =>
        settings[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public static double? Number(this JsonObject settings, string name) =>
        settings[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
}
