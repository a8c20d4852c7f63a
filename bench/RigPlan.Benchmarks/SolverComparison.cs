using System.Diagnostics;
using System.Globalization;
using RigPlan.Core.Catalog;
using RigPlan.Core.Planning;
using RigPlan.Solvers.CpSat;
using RigPlan.Testing;

namespace RigPlan.Benchmarks;

/// <summary>
/// Runs the exact planner and CP-SAT on the same random requirement sets (RequirementSamples, fixed seed), checks that
/// they reach the same optimal objective, and reports their solve times (without the explanation of infeasible requirements,
/// which both would take from the exact planner).
/// dotnet run -c Release --project bench/RigPlan.Benchmarks -- compare-solvers [COUNT] [CSV]
/// </summary>
internal static class SolverComparison
{
    public static int Run(int count, string? csv)
    {
        var catalog = Repo.Catalog;
        var instances = RequirementSamples.Many(count);

        // Warm both solvers (JIT, OR-Tools native load) on the first instance before timing.
        new Planner().Plan(catalog, instances[0]);
        new CpSatSolver().Plan(catalog, instances[0]);

        var rows = new List<(int Index, Requirements Req, PlanStatus Exact, PlanStatus CpSat, double? ExactValue, double? CpSatValue, double ExactMs, double CpSatMs, int Solves)>();
        for (var i = 0; i < instances.Count; i++)
        {
            var req = instances[i];
            var exactMs = double.MaxValue;
            PlanResult exact = null!;
            for (var r = 0; r < 3; r++)
            {
                var clock = Stopwatch.StartNew();
                exact = new Planner().Plan(catalog, req, explain: false);
                exactMs = Math.Min(exactMs, clock.Elapsed.TotalMilliseconds);
            }

            var cpClock = Stopwatch.StartNew();
            var solver = new CpSatSolver();
            var cpsat = solver.Plan(catalog, req, explain: false);
            var cpsatMs = cpClock.Elapsed.TotalMilliseconds;
            if (Environment.GetEnvironmentVariable("RIGPLAN_VERBOSE") is not null)
            {
                Console.WriteLine(FormattableString.Invariant($"#{i}: exact {exactMs:0.0} ms, cpsat {cpsatMs:0.0} ms, {cpsat.PairsExplored} solves, cuts {solver.LastCuts}"));
            }

            rows.Add((i, req, exact.Status, cpsat.Status, Score(req, exact.Best), Score(req, cpsat.Best), exactMs, cpsatMs, cpsat.PairsExplored));
        }

        var agree = rows.Count(r => r.Exact == r.CpSat && Same(r.ExactValue, r.CpSatValue));
        var feasible = rows.Count(r => r.ExactValue is not null);
        var ratios = rows.Select(r => r.CpSatMs / r.ExactMs).OrderBy(x => x).ToList();
        Console.WriteLine(FormattableString.Invariant($"instances {rows.Count}: {feasible} with a plan, {rows.Count - feasible} infeasible"));
        Console.WriteLine(FormattableString.Invariant($"same status and optimal objective: {agree} of {rows.Count}"));
        Console.WriteLine(FormattableString.Invariant($"exact  ms: median {Median(rows.Select(r => r.ExactMs)):0.00}, mean {rows.Average(r => r.ExactMs):0.00}, max {rows.Max(r => r.ExactMs):0.00}, total {rows.Sum(r => r.ExactMs):0}"));
        Console.WriteLine(FormattableString.Invariant($"cpsat  ms: median {Median(rows.Select(r => r.CpSatMs)):0.00}, mean {rows.Average(r => r.CpSatMs):0.00}, max {rows.Max(r => r.CpSatMs):0.00}, total {rows.Sum(r => r.CpSatMs):0}"));
        Console.WriteLine(FormattableString.Invariant($"cpsat/exact per instance: median {Median(ratios):0.0}x, min {ratios[0]:0.0}x, geometric mean {Math.Exp(ratios.Average(Math.Log)):0.0}x; total time ratio {rows.Sum(r => r.CpSatMs) / rows.Sum(r => r.ExactMs):0.0}x"));
        Console.WriteLine(FormattableString.Invariant($"cpsat model solves per instance (with lazy cuts): median {Median(rows.Select(r => (double)r.Solves)):0}, max {rows.Max(r => r.Solves)}"));
        foreach (var r in rows.Where(r => r.Exact != r.CpSat || !Same(r.ExactValue, r.CpSatValue)))
        {
            Console.WriteLine(FormattableString.Invariant($"DISAGREE #{r.Index}: exact {r.Exact} {r.ExactValue} against cpsat {r.CpSat} {r.CpSatValue}: {r.Req}"));
        }

        if (csv is not null)
        {
            using var w = new StreamWriter(csv);
            w.WriteLine("instance,objective,gpus,min_vram_per_gpu_gb,budget_usd,nodes,prices,volts,amps,circuits,exact_status,cpsat_status,exact_value,cpsat_value,exact_ms,cpsat_ms,cpsat_solves");
            foreach (var r in rows)
            {
                w.WriteLine(string.Join(',', new object?[]
                {
                    r.Index, PlanScore.Name(r.Req.Objective), $"{r.Req.MinGpus}-{r.Req.MaxGpus}", r.Req.MinVramPerGpuGb, r.Req.Budget, r.Req.Nodes, r.Req.Prices,
                    r.Req.Site.Voltage.Value, r.Req.Site.CircuitAmps.Value, r.Req.Site.Circuits, r.Exact, r.CpSat, r.ExactValue, r.CpSatValue,
                    r.ExactMs.ToString("0.000", CultureInfo.InvariantCulture), r.CpSatMs.ToString("0.000", CultureInfo.InvariantCulture), r.Solves,
                }.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture))));
            }
        }

        return agree == rows.Count ? 0 : 1;
    }

    private static double? Score(Requirements req, Plan? p) => p is null ? null : PlanScore.Of(req.Objective, p.CostUsd, p.Tflops, p.VramGb);

    private static bool Same(double? a, double? b) => (a is null && b is null) || (a is { } x && b is { } y && Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Abs(x)));

    private static double Median(IEnumerable<double> values)
    {
        var v = values.OrderBy(x => x).ToList();
        return v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
    }
}
