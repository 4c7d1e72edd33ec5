using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Web.Tests.Med;

/// <summary>A clock the test moves by hand.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2023, 4, 20, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}

public sealed class ConfidentialFixture : MedFixture
{
    public static readonly DateTime Until = new(2023, 4, 27, 8, 0, 0, DateTimeKind.Utc);

    public TestClock Clock { get; } = new();

    public string ConfidentialItemId { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        ConfidentialItemId = await ItemAsync(content, "3", "Budgetudkast i fortrolighed", isClosed: false, "Tal, der deles i fortrolighed", item =>
        {
            item.ConfidentialUntilUtc = Until;
            item.ConfidentialCommitteeIds = [CommitteeId];
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Material shared in confidence with a committee opens to everyone at its time, not before.</summary>
public sealed class ConfidentialUntilTests(ConfidentialFixture fixture) : IClassFixture<ConfidentialFixture>
{
    [Fact]
    public async Task The_item_opens_to_all_employees_when_its_time_has_come()
    {
        var employee = await SignInAsync("medarbejder");
        var member = await SignInAsync(MedFixture.MemberUser);

        var before = await employee.GetPageAsync($"/items/{fixture.ConfidentialItemId}");
        Assert.DoesNotContain("Tal, der deles i fortrolighed", before);
        Assert.Contains("Fortroligt indtil", before);
        Assert.Contains("Tal, der deles i fortrolighed", await member.GetPageAsync($"/items/{fixture.ConfidentialItemId}"));

        // Sessions follow the clock too, so each moment gets a fresh sign-in.
        fixture.Clock.Now = ConfidentialFixture.Until.AddMinutes(-1);
        Assert.Equal(0, await ReleaseAsync());
        Assert.DoesNotContain("Tal, der deles i fortrolighed", await (await SignInAsync("medarbejder")).GetPageAsync($"/items/{fixture.ConfidentialItemId}"));

        fixture.Clock.Now = ConfidentialFixture.Until.AddMinutes(1);
        Assert.Equal(1, await ReleaseAsync());
        Assert.Contains("Tal, der deles i fortrolighed", await (await SignInAsync("medarbejder")).GetPageAsync($"/items/{fixture.ConfidentialItemId}"));
        Assert.Equal(0, await ReleaseAsync());
    }

    private async Task<PortalClient> SignInAsync(string user)
    {
        var client = fixture.Anonymous();
        await client.LoginAsync(user, PortalFactory.DemoPassword);
        return client;
    }

    private async Task<int> ReleaseAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConfidentialityRelease>().ReleaseDueAsync();
    }
}
