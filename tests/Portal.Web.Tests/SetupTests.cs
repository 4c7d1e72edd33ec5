using System.Net;

namespace Portal.Web.Tests;

/// <summary>First run in Production: no demo data, a setup page, then a normal portal.</summary>
public sealed class SetupTests
{
    [Fact]
    public async Task A_new_production_site_asks_for_setup_and_then_works()
    {
        await using var factory = new ProductionFactory();
        var client = factory.Anonymous();

        var first = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/setup", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/login")).StatusCode);

        var mismatch = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SiteName"] = "Norddjurs MED",
            ["UserName"] = "chef",
            ["DisplayName"] = "Chef",
            ["Password"] = "Sikker-Kode-2026",
            ["ConfirmPassword"] = "Noget-Andet-2026",
        });
        Assert.NotEqual(HttpStatusCode.Redirect, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var done = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SiteName"] = "Norddjurs MED",
            ["UserName"] = "chef",
            ["DisplayName"] = "Chef",
            ["Password"] = "Sikker-Kode-2026",
            ["ConfirmPassword"] = "Sikker-Kode-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/setup")).StatusCode);
        var admin = await factory.LoginAsync("chef", "Sikker-Kode-2026");
        Assert.Contains("Norddjurs MED", await admin.GetPageAsync("/admin/users"));
        Assert.DoesNotContain("redaktoer", await admin.GetPageAsync("/admin/users"));
        var demoLogin = await factory.Anonymous().PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "admin", ["Password"] = PortalFactory.DemoPassword });
        Assert.NotEqual(HttpStatusCode.Redirect, demoLogin.StatusCode);
    }

    private sealed class ProductionFactory() : PortalFactory("Sqlite", "Production");
}
