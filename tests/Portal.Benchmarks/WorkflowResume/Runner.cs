using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Portal.Benchmarks.WorkflowResume;

/// <summary>
/// Runs <see cref="WorkflowResumeBenchmark"/> and prints, per database, one line per case with the
/// ratio to the baseline (1 waiting) beside it and the median against the target (≤ 5 ms), then the
/// database's plan for the lookup of what waits for the event.
/// </summary>
internal static class Runner
{
    private const double TargetMs = 5;

    public static int Main(string[] args)
    {
        // In process: the benchmark hosts the portal itself; a generated child project would build
        // the whole portal again for nothing.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(Setting("WARMUP", 30))
            .WithIterationCount(Setting("ITERATIONS", 100));
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "portal-bench-workflows", "artifacts"));
        var summary = BenchmarkRunner.Run<WorkflowResumeBenchmark>(config, args);

        Console.WriteLine();
        Console.WriteLine("database, waiting, median ms, p95 ms, ratio to 1 waiting, median ≤ 5 ms");
        var ok = true;
        foreach (var database in summary.Reports.GroupBy(r => (string)r.BenchmarkCase.Parameters["Database"]))
        {
            var baseline = database.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline)?.ResultStatistics?.Median;
            foreach (var report in database)
            {
                if (report.ResultStatistics is not { } statistics)
                {
                    Console.WriteLine($"{database.Key}, {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')}, failed");
                    ok = false;
                    continue;
                }

                var median = statistics.Median / 1e6;
                var ratio = baseline is { } b ? (statistics.Median / b).ToString("0.00", CultureInfo.InvariantCulture) : "-";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{database.Key}, {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')}, {median:0.00}, {statistics.Percentiles.P95 / 1e6:0.00}, {ratio}, {(median <= TargetMs ? "yes" : "NO")}"));
            }
        }

        foreach (var (database, plan) in QueryPlans.All)
        {
            Console.WriteLine();
            Console.WriteLine($"{database}: the lookup of what waits for the event (WorkflowManager.WaitingFor), 1,000 waiting:");
            Console.WriteLine(plan);
        }

        return ok ? 0 : 1;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
