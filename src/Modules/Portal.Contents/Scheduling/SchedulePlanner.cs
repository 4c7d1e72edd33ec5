using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;
using Portal.Core.Display;

namespace Portal.Contents.Scheduling;

/// <summary>The editor's "Udgiv" and "Afpublicér" times as typed (Danish time, yyyy-MM-ddTHH:mm), empty for none.</summary>
public sealed record ScheduleForm(string? PublishAt, string? UnpublishAt)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(PublishAt) && string.IsNullOrWhiteSpace(UnpublishAt);
}

/// <summary>What a save does with time: publish now, or plan a publish and/or an unpublish.</summary>
public sealed record SchedulePlan(bool PublishNow, DateTime? PublishAtUtc, DateTime? UnpublishAtUtc, bool PublishTimePassed)
{
    /// <summary>The save leaves what was planned as it was (made by one who may not publish).</summary>
    public bool Keep { get; init; }

    /// <summary>What the editor is told after the save.</summary>
    public string SavedMessage(string title, bool published, bool isNew)
    {
        var saved = published
            ? PublishTimePassed ? $"Tidspunktet for udgivelsen var passeret, så '{title}' er udgivet nu." : isNew ? $"'{title}' er oprettet og udgivet." : $"'{title}' er gemt og udgivet."
            : $"'{title}' er gemt som kladde.";
        if (PublishAtUtc is { } up)
        {
            saved += $" Den udgives {LocalTimeTagHelper.InWords(up)}.";
        }

        if (UnpublishAtUtc is { } down)
        {
            saved += $" Den afpubliceres {LocalTimeTagHelper.InWords(down)}.";
        }

        return saved;
    }
}

/// <summary>
/// The editor's use case for publishing planned ahead: reads the times against the button pressed,
/// refuses what cannot be (before anything is saved), and records the plan once the save succeeded.
/// A publish time that has passed publishes now; an unpublish time must come after the publish.
/// </summary>
public sealed class SchedulePlanner(ContentSchedule schedule, IContentManager contents, TimeProvider clock)
{
    public const string PublishAtField = "publishAt";
    public const string UnpublishAtField = "unpublishAt";

    /// <summary>Null (with the reasons in <paramref name="modelState"/>) when the times cannot be used.</summary>
    public SchedulePlan? Read(bool publishNow, bool later, bool hasPublished, ScheduleForm form, ModelStateDictionary modelState)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var publishAt = Parse(form.PublishAt, PublishAtField, "udgivelsen", modelState);
        var unpublishAt = Parse(form.UnpublishAt, UnpublishAtField, "afpubliceringen", modelState);
        if (!modelState.IsValid)
        {
            return null;
        }

        if (later && publishAt is null)
        {
            modelState.AddModelError(PublishAtField, "Vælg dato og klokkeslæt for, hvornår det skal udgives.");
            return null;
        }

        // Publishing now makes a planned publish moot.
        if (publishNow)
        {
            publishAt = null;
        }

        var passed = publishAt is { } at && at <= now;
        if (passed)
        {
            publishNow = true;
            publishAt = null;
        }

        if (unpublishAt is { } down)
        {
            if (publishAt is { } up && down <= up)
            {
                modelState.AddModelError(UnpublishAtField, "Afpubliceringen skal ligge efter udgivelsen. Vælg et senere tidspunkt for afpublicering.");
                return null;
            }

            if (!hasPublished && !publishNow && publishAt is null)
            {
                modelState.AddModelError(UnpublishAtField, "Der er ikke noget udgivet at afpublicere. Udgiv det nu eller senere, eller lad feltet stå tomt.");
                return null;
            }

            if (down <= now)
            {
                modelState.AddModelError(UnpublishAtField, "Tidspunktet for afpublicering er passeret. Vælg et tidspunkt ude i fremtiden, eller afpublicér nu.");
                return null;
            }
        }

        return new SchedulePlan(publishNow, publishAt, unpublishAt, passed);
    }

    /// <summary>
    /// Whether the save publishes, now or later, so only those who may publish may make it: publishing,
    /// planning a time, or saving a type without drafts (every save publishes it).
    /// </summary>
    public static bool Publishes(ContentTypeDefinition type, string? submit, ScheduleForm form) =>
        submit is "publish" or "later" || !form.IsEmpty || !type.Settings.Draftable;

    /// <summary>
    /// The plan for a save of a type: a type without drafts is published by every save and plans
    /// nothing; one who may not publish plans nothing either, and leaves what others planned as it is.
    /// </summary>
    public SchedulePlan? PlanFor(ContentTypeDefinition type, bool canPublish, string? submit, bool hasPublished, ScheduleForm form, ModelStateDictionary modelState) =>
        !type.Settings.Draftable ? new SchedulePlan(true, null, null, false) { Keep = false }
        : !canPublish ? new SchedulePlan(false, null, null, false) { Keep = true }
        : Read(submit == "publish", submit == "later", hasPublished, form, modelState);

    /// <summary>Whether the rules of the type let <paramref name="version"/> be published when its time comes; the reason goes to <paramref name="modelState"/>.</summary>
    public async Task<bool> CheckAsync(SchedulePlan plan, ContentItem version, ModelStateDictionary modelState)
    {
        if (plan.PublishAtUtc is null || await contents.CheckPublishAsync(version) is not { } reason)
        {
            return true;
        }

        modelState.AddModelError(PublishAtField, reason.Replace("Intet er udgivet.", "Intet er gemt.", StringComparison.Ordinal));
        return false;
    }

    public async Task ApplyAsync(string contentItemId, SchedulePlan plan, string? user)
    {
        if (plan.Keep)
        {
            return;
        }

        await schedule.SetAsync(contentItemId, ScheduledAction.Publish, plan.PublishAtUtc, user);
        await schedule.SetAsync(contentItemId, ScheduledAction.Unpublish, plan.UnpublishAtUtc, user);
    }

    /// <summary>The plan as the form shows it again.</summary>
    public static ScheduleForm FormOf(IReadOnlyList<ScheduledChange> changes) => new(
        DanishTimeInput.Of(changes.FirstOrDefault(c => c.Action == ScheduledAction.Publish && c.Refusal is null)?.DueUtc),
        DanishTimeInput.Of(changes.FirstOrDefault(c => c.Action == ScheduledAction.Unpublish && c.Refusal is null)?.DueUtc));

    private static DateTime? Parse(string? text, string field, string what, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DanishTimeInput.TryRead(text, ["yyyy-MM-dd'T'HH:mm:ss"], out var local))
        {
            modelState.AddModelError(field, $"Skriv tidspunktet for {what} som dd-mm-åååå tt:mm.");
            return null;
        }

        if (local.Year is < 2000 or > 2200)
        {
            modelState.AddModelError(field, $"Tidspunktet for {what} skal ligge mellem år 2000 og 2200.");
            return null;
        }

        if (!DanishClock.Exists(local))
        {
            modelState.AddModelError(field, $"Tidspunktet for {what} findes ikke, fordi uret stilles frem til sommertid. Vælg et andet.");
            return null;
        }

        return DanishClock.ToUtc(local);
    }
}
