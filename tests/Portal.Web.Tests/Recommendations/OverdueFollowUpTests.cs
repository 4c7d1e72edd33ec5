using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;
using Portal.Web.Tests.Med;
using static Portal.Web.Tests.Recommendations.RecommendationSteps;

namespace Portal.Web.Tests.Recommendations;

/// <summary>The demo portal on a clock the test moves, in the spring of 2023.</summary>
public class ClockedPortalFactory : PortalFactory
{
    public ClockedPortalFactory()
    {
    }

    protected ClockedPortalFactory(string provider)
        : base(provider)
    {
    }

    public TestClock Clock { get; } = new() { Now = new(2023, 4, 20, 8, 0, 0, TimeSpan.Zero) };

    // Sessions last eight hours on this clock too: a test moves it before it signs in.

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Moves the clock and forgets the pages rendered before, as a minute passing would.</summary>
    public async Task SetNowAsync(DateTimeOffset now)
    {
        Clock.Now = now;
        await Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderPages.Tag, CancellationToken.None);
    }
}

public sealed class PostgresClockedPortalFactory() : ClockedPortalFactory("Postgres");

/// <summary>
/// A quarter's follow-up is due 30 days after the quarter ends: the dashboard says when the next one
/// is due, says it is late once the day has passed, and lists the initiatives a recorded quarter
/// left out once that quarter's follow-up is late.
/// </summary>
public abstract class OverdueFollowUpTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ClockedPortalFactory
{
    [Fact]
    public async Task The_next_follow_up_is_due_then_late_and_missing_initiatives_are_named()
    {
        // 22:00 on 30 April in Denmark: the last day the first quarter's follow-up is on time.
        await factory.SetNowAsync(new(2023, 4, 30, 20, 0, 0, TimeSpan.Zero));
        var employee = await factory.LoginAsync("medarbejder");
        var strategy = await StrategyIdAsync(employee);

        var due = WebUtility.HtmlDecode(await employee.GetPageAsync($"/strategies/{strategy}"));
        Assert.Contains("Opfølgningen for 1. kvartal 2023 skal registreres senest 30. april 2023.", due, StringComparison.Ordinal);
        Assert.DoesNotContain("er ikke registreret", due, StringComparison.Ordinal);

        // Half past midnight on 1 May in Denmark, still 30 April in UTC.
        await factory.SetNowAsync(new(2023, 4, 30, 22, 30, 0, TimeSpan.Zero));
        var late = WebUtility.HtmlDecode(await employee.GetPageAsync($"/strategies/{strategy}"));
        Assert.Contains("Opfølgningen for 1. kvartal 2023 er ikke registreret. Den skulle have været registreret senest 30. april 2023.", late, StringComparison.Ordinal);

        // The secretary records the quarter for the first two initiatives only.
        var secretary = await factory.LoginAsync("sekretaer.sundhed");
        var form = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2023Q1");
        var fields = FollowUpFields(form, new Dictionary<int, (string, string)> { [0] = ("Completed", "Færdig."), [1] = ("InProgress", "I gang.") });
        Assert.Equal(HttpStatusCode.Redirect, (await PostFollowUpAsync(secretary, strategy, "2023Q1", form, fields)).StatusCode);

        var recorded = WebUtility.HtmlDecode(await employee.GetPageAsync($"/strategies/{strategy}?quarter=2023Q1"));
        AssertInOrder(recorded, "Opfølgning mangler (overskredet)", "Vikarkorps med tidligere medarbejdere", "Fælles jobside for Sundhed og Omsorg");
        Assert.DoesNotContain("Opfølgningen for 2. kvartal 2023", recorded, StringComparison.Ordinal);
    }
}

public sealed class SqliteOverdueFollowUpTests(ClockedPortalFactory factory) : OverdueFollowUpTests<ClockedPortalFactory>(factory);

public sealed class PostgresOverdueFollowUpTests(PostgresClockedPortalFactory factory) : OverdueFollowUpTests<PostgresClockedPortalFactory>(factory);
