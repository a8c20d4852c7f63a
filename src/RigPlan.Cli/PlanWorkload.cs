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

        if (models.Model(modelText) is not { } model)
        {
            var nearest = NameMatching.Nearest(modelText, models.Models.Select(m => m.Id));
            context.BadInput($"{prefix}model '{modelText}' is not a model RigPlan knows", nearest is null ? "see `rigplan fit --list`" : $"did you mean '{nearest}'?");
            return null;
        }

        if (models.Format(quantText) is not { } format)
        {
            context.BadInput($"{prefix}quant '{quantText}' is not a weight format", $"use one of: {string.Join(", ", models.Formats.Select(f => f.Id))}");
            return null;
        }

        var (measurements, errors) = ModelCatalog.LoadMeasurements(WorkloadInputs.ModelsDirectory(context));
        if (!errors.IsEmpty || SpeedModel.Fit(measurements, models, catalog) is not { } speed)
        {
            context.BadInput("the speed model has no usable measurements", "restore data/models/measurements.csv");
            return null;
        }

        return new WorkloadTarget { Model = model, Format = format, Context = contextTokens, MinDecodeTokensPerSecond = minDecode, Speed = speed };
    }
}
