using System.Diagnostics;

namespace Portal.Web.Tests.Search;

/// <summary>
/// <c>dotnet run --project src/Portal/Portal.Web -- search rebuild</c>, run as an operator would:
/// the built portal started as a process with a command instead of the web host.
/// </summary>
public sealed class SearchCommandTests(PortalFactory running) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Search_rebuild_builds_the_index_with_a_progress_bar_and_exits()
    {
        var data = Path.Combine(Path.GetTempPath(), "portal-web-tests", Guid.NewGuid().ToString("n"));
        try
        {
            var (exit, output, errors) = await RunAsync(data, "search", "rebuild");

            Assert.True(exit == 0, $"exit {exit}: {output} {errors}");
            Assert.Contains("Søgeindekset bygges igen", output);
            Assert.Contains("100 %", output);
            Assert.Matches(@"Færdig: \d+ dokumenter i indekset", output);
            Assert.Contains(Directory.EnumerateFiles(Path.Combine(data, "search", "index")), f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task When_a_running_portal_holds_the_index_the_command_follows_its_rebuild()
    {
        await running.CatchUpAsync();

        var (exit, output, errors) = await RunAsync(running.DataPath, "search", "rebuild");

        Assert.True(exit == 0, $"exit {exit}: {output} {errors}");
        Assert.True(output.Contains("En kørende portal bruger indekset", StringComparison.Ordinal), output + errors);
        Assert.Matches(@"Færdig: \d+ dokumenter i indekset", output);
    }

    [Theory]
    [InlineData("search rebiuld", 2, "Ukendt kommando")]
    [InlineData("search rebuild nu", 2, "tager ingen argumenter")]
    public async Task A_wrong_command_says_what_exists_and_fails(string command, int expectedExit, string message)
    {
        var data = Path.Combine(Path.GetTempPath(), "portal-web-tests", Guid.NewGuid().ToString("n"));
        try
        {
            var (exit, output, errors) = await RunAsync(data, command.Split(' '));

            Assert.Equal(expectedExit, exit);
            Assert.Contains(message, output + errors);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    /// <summary>Runs the built portal (this test run's configuration) with the arguments, on the data folder, in Development (demo data).</summary>
    private static async Task<(int Exit, string Output, string Errors)> RunAsync(string dataPath, params string[] arguments)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Portal.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;
        }

        var bin = Path.Combine(root, "src", "Portal", "Portal.Web", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", ["Portal.Web.dll", .. arguments])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Portal__DataPath"] = dataPath,
                ["Portal__Demo__Password"] = PortalFactory.DemoPassword,
                ["Portal__Setup__Recipe"] = "demo",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
