namespace Portal.Med.Services;

public enum PreparationStatus
{
    /// <summary>The editor to show, or the change was made.</summary>
    Done,
    NotFound,
    Forbidden,

    /// <summary>Nothing was saved: the model's editor shows what to correct.</summary>
    Invalid,

    /// <summary>Someone else saved in the meantime; nothing was overwritten.</summary>
    Conflict,
}

/// <summary>The outcome of a step in preparing a meeting, for the controller to translate into HTTP.</summary>
public sealed record Prepared<T>(PreparationStatus Status, T? Model = default, string? ContentItemId = null, string? Message = null)
    where T : class
{
    public static Prepared<T> NotFound { get; } = new(PreparationStatus.NotFound);

    public static Prepared<T> Forbidden { get; } = new(PreparationStatus.Forbidden);

    public static Prepared<T> Conflict { get; } = new(PreparationStatus.Conflict);

    public static Prepared<T> Ready(T model) => new(PreparationStatus.Done, model);

    public static Prepared<T> Invalid(T model, string? message = null) => new(PreparationStatus.Invalid, model, Message: message);

    public static Prepared<T> Done(string contentItemId, string message) => new(PreparationStatus.Done, ContentItemId: contentItemId, Message: message);
}
