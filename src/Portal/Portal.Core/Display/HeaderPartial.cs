namespace Portal.Core.Display;

/// <summary>
/// A module's partial view in the header of every page (the search box). It is the same for every
/// reader, so it is part of cached pages; what is the user's own belongs in a <see cref="Caching.IPersonalHeaderItem"/>.
/// </summary>
public sealed record HeaderPartial(string PartialName, int Position);
