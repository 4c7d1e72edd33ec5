namespace Portal.Recommendations;

/// <summary>The content types this module defines.</summary>
public static class RecommendationTypes
{
    public const string Theme = "RecommendationTheme";
    public const string Report = "RecommendationReport";
    public const string Recommendation = "Recommendation";
    public const string Strategy = "Strategy";
    public const string Initiative = "Initiative";
    public const string FollowUp = "QuarterlyFollowUp";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Theme, Report, Recommendation, Strategy, Initiative, FollowUp };
}
