using System.Net;

namespace Portal.Web.Tests;

/// <summary>Every role against every route: who gets the page, who is sent to log in, who is refused.</summary>
public sealed class AccessMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Login = 302;

    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        void Row(string route, int anonymous, int employee, int editor, int admin)
        {
            data.Add("", route, anonymous);
            data.Add("medarbejder", route, employee);
            data.Add("redaktoer", route, editor);
            data.Add("admin", route, admin);
        }

        Row("/", Login, 200, 200, 200);
        Row("/om-portalen", Login, 200, 200, 200);
        Row("/findes-ikke", Login, 404, 404, 404);
        Row("/admin", Login, 403, 200, 200);
        Row("/admin/contents", Login, 403, 200, 200);
        Row("/admin/contents/create/Page", Login, 403, 200, 200);
        Row("/admin/media", Login, 403, 200, 200);
        Row("/media/images", Login, 200, 200, 200);
        Row("/admin/content-types", Login, 403, 403, 200);
        Row("/admin/content-types/Page", Login, 403, 403, 200);
        Row("/admin/users", Login, 403, 403, 200);
        Row("/admin/users/create", Login, 403, 403, 200);
        Row("/admin/roles", Login, 403, 403, 200);
        Row("/account/password", Login, 200, 200, 200);
        Row("/account/login", 200, 200, 200, 200);
        Row("/health/live", 200, 200, 200, 200);
        Row("/health/ready", 200, 200, 200, 200);
        Row("/error/200", Login, 404, 404, 404);
        Row("/recommendations", Login, 200, 200, 200);
        Row("/strategies", Login, 200, 200, 200);
        Row("/api/recommendations", 401, 200, 200, 200);
        Row("/api/strategies", 401, 200, 200, 200);
        Row("/admin/contents/create/Recommendation", Login, 403, 200, 200);
        Row("/admin/contents/create/Strategy", Login, 403, 200, 200);
        Row("/admin/contents/create/Initiative", Login, 403, 200, 200);
        Row("/admin/contents/create/RecommendationTheme", Login, 403, 200, 200);
        Row("/admin/contents/create/QuarterlyFollowUp", Login, 403, 404, 404);
        Row("/stories", Login, 200, 200, 200);
        Row("/api/stories", 401, 200, 200, 200);
        Row("/admin/contents/create/Story", Login, 403, 200, 200);
        Row("/admin/contents/create/StoryArea", Login, 403, 200, 200);
        Row("/stories/feed.atom", 401, 200, 200, 200);
        Row("/communication/strategy", Login, 200, 200, 200);
        Row("/admin/contents/create/CommunicationStrategy", Login, 403, 200, 200);
        Row("/tasks", Login, 200, 200, 200);
        Row("/tasks/999999", Login, 404, 404, 404);
        Row("/api/tasks", 401, 200, 200, 200);
        Row("/admin/workflows", Login, 403, 403, 200);
        Row("/notifications", Login, 200, 200, 200);
        Row("/notifications/999999", Login, 404, 404, 404);
        Row("/notifications/preferences", Login, 200, 200, 200);
        Row("/api/notifications", 401, 200, 200, 200);
        Row("/admin/notifications", Login, 403, 403, 200);
        Row("/admin/notifications/templates", Login, 403, 403, 200);
        Row("/admin/notifications/templates/med.minutes", Login, 403, 403, 200);
        Row("/admin/notifications/templates/findes.ikke", Login, 403, 403, 404);
        Row("/admin/workflows/new", Login, 403, 403, 200);
        Row("/admin/workflows/hovedudvalgets-godkendelse", Login, 403, 403, 200);
        Row("/admin/workflows/hovedudvalgets-godkendelse/export", Login, 403, 403, 200);
        Row("/admin/workflows/instances", Login, 403, 403, 200);
        Row("/admin/audit", Login, 403, 403, 200);
        Row("/admin/audit/export.csv", Login, 403, 403, 200);
        Row("/admin/audit?kind=content.published&from=2026-01-01&to=2026-12-31", Login, 403, 403, 200);
        Row("/admin/contents/findes-ikke/history", Login, 403, 404, 404);
        Row("/search", Login, 200, 200, 200);
        Row("/search?q=fastholdelse", Login, 200, 200, 200);
        Row("/search?q=%22ufuldendt", Login, 400, 400, 400);
        Row("/search/suggest?q=fast", Login, 200, 200, 200);
        Row("/api/search?q=fastholdelse", 401, 200, 200, 200);
        Row("/api/search?q=", 401, 400, 400, 400);
        Row("/admin/search", Login, 403, 403, 200);
        Row("/admin/search/status", Login, 403, 403, 200);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Route_answers_each_role_as_its_permissions_say(string user, string route, int expected)
    {
        var client = user == "" ? factory.Anonymous() : await factory.LoginAsync(user);

        var response = await client.GetAsync(route);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == Login)
        {
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery);
        }

        if (expected == 403)
        {
            Assert.Contains("Du har ikke adgang", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Item_pages_by_id_follow_the_same_rules()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Matrix-side", "matrix-side", "<p>Tekst</p>", publish: true);

        Assert.Equal(HttpStatusCode.Redirect, (await factory.Anonymous().GetAsync($"/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/admin/contents/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/admin/contents/{id}/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/contents/{id}/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/admin/contents/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/contents/{id}/history")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_not_visible_to_employees_until_it_is_published()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Hemmelig kladde", "hemmelig-kladde", "<p>Ikke endnu</p>", publish: false);
        var employee = await factory.LoginAsync("medarbejder");

        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync("/hemmelig-kladde")).StatusCode);
        Assert.DoesNotContain("Hemmelig kladde", await employee.GetPageAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/contents/{id}/preview")).StatusCode);
    }
}
