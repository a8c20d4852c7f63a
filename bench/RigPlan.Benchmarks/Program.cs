using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/RigPlan.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(RigPlan.Benchmarks.PlannerBenchmarks).Assembly).Run(args);
