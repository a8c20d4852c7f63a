using RigPlan.Core.Catalog;
using RigPlan.Core.Planning;
using RigPlan.Core.Workloads;

namespace RigPlan.Cli;

/// <summary>Turns `plan --model ... --quant ... --min-decode-tps ...` into the planner's workload target.</summary>
internal static class PlanWorkload
{
    /// <param name="prefix">How messages name the inputs: "--" for options, "FILE:LINE workload." for a requirements file.</param>
    public static WorkloadTarget? Resolve(CliContext context, HardwareCatalog catalog, string modelText, string quantText, int contextTokens, double? minDecode, string prefix = "--")
    {
        if (contextTokens is < 1 or > 10_000_000)
        {
            context.BadInput($"{prefix}context {contextTokens} is outside 1 to 10,000,000 tokens", "e.g. --context 4096");
            return null;
        }

        if (minDecode is { } d && (!double.IsFinite(d) || d <= 0 || d > 1e6))
        {
            context.BadInput($"{prefix}{(prefix == "--" ? "min-decode-tps" : "min_decode_tps")} {d} is not a usable speed", "give tokens per second, e.g. --min-decode-tps 15");
            return null;
        }

        var models = WorkloadInputs.LoadModels(context);
        if (models is null)
        {
            return null;
        }

        if (WorkloadInputs.ResolveModel(context, models, modelText, quantText, prefix) is not var (model, format)
            || WorkloadInputs.FitSpeed(context, models, catalog) is not { } speed)
        {
            return null;
        }

        return new WorkloadTarget { Model = model, Format = format, Context = contextTokens, MinDecodeTokensPerSecond = minDecode, Speed = speed };
    }
}
