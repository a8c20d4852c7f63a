using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/RigPlan.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/RigPlan.Benchmarks -- compare-solvers 200 [results.csv]
if (args.Length > 0 && args[0] == "compare-solvers")
{
    var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 200;
    return RigPlan.Benchmarks.SolverComparison.Run(count, args.Length > 2 ? args[2] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(RigPlan.Benchmarks.PlannerBenchmarks).Assembly).Run(args);
return 0;
