using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads;
using RigPlan.Core.Workloads.Training;

namespace RigPlan.Cli;

/// <summary>What `predict train` and `fit --train` share: the training tables, the fitted models, and turning options into a setup.</summary>
internal static class TrainInputs
{
    public static readonly IReadOnlyDictionary<string, TrainPrecision> Precisions = new Dictionary<string, TrainPrecision>(StringComparer.OrdinalIgnoreCase)
    {
        ["mixed"] = TrainPrecision.Mixed,
        ["amp"] = TrainPrecision.Mixed,
        ["fp16"] = TrainPrecision.Fp16,
        ["bf16"] = TrainPrecision.Bf16,
        ["fp32"] = TrainPrecision.Fp32,
        ["tf32"] = TrainPrecision.Fp32,
    };

    public static readonly IReadOnlyDictionary<string, TrainingMethod> Methods = new Dictionary<string, TrainingMethod>(StringComparer.OrdinalIgnoreCase)
    {
        ["full"] = TrainingMethod.Full,
        ["lora"] = TrainingMethod.Lora,
        ["qlora"] = TrainingMethod.Qlora,
    };

    public static readonly IReadOnlyDictionary<string, OptimizerOffload> Offloads = new Dictionary<string, OptimizerOffload>(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = OptimizerOffload.None,
        ["optimizer"] = OptimizerOffload.Optimizer,
        ["all"] = OptimizerOffload.All,
    };

    public static readonly IReadOnlyDictionary<string, ActivationCheckpointing> Checkpointings = new Dictionary<string, ActivationCheckpointing>(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = ActivationCheckpointing.None,
        ["selective"] = ActivationCheckpointing.Selective,
        ["full"] = ActivationCheckpointing.Full,
    };

    /// <summary>The options a training command takes, as written.</summary>
    public sealed record Options(string? Precision, string Method, int Zero, string Offload, string Checkpointing, int LoraRank, int? SeqLen, int? Batch, int Nodes, double NetworkGbps, double? PowerLimitW);

    /// <summary>The train workloads: train_workloads.csv rows, then every language model of llms.csv.</summary>
    public static List<TrainWorkload>? LoadWorkloads(CliContext context, ModelCatalog models)
    {
        var (rows, errors) = TrainingTables.LoadWorkloads(WorkloadInputs.ModelsDirectory(context));
        if (!errors.IsEmpty)
        {
            Report(context, "the training workload table", errors);
            return null;
        }

        return [.. rows, .. models.Models.Select(TrainWorkload.FromLlm)];
    }

    /// <summary>The measurements and the two models fitted to them, or null after reporting why.</summary>
    public static (TrainingSpeedModel Speed, PowerLimitModel? Power)? FitModels(CliContext context, HardwareCatalog catalog, IReadOnlyList<TrainWorkload> workloads)
    {
        var (measurements, errors) = TrainingTables.LoadMeasurements(WorkloadInputs.ModelsDirectory(context));
        if (!errors.IsEmpty)
        {
            Report(context, "the training measurements table", errors);
            return null;
        }

        if (TrainingSpeedModel.Fit(measurements, workloads, catalog) is not { } speed)
        {
            context.BadInput("the training speed model has no measurements to fit to", "restore data/models/train_measurements.csv");
            return null;
        }

        return (speed, PowerLimitModel.Fit(measurements, catalog));
    }

    /// <summary>A workload by id or model name, or null after reporting it with the nearest id.</summary>
    public static TrainWorkload? Workload(CliContext context, IReadOnlyList<TrainWorkload> workloads, ModelCatalog models, string? text)
    {
        if (text is null)
        {
            context.BadInput("--workload is required", "e.g. --workload resnet50, bert-large or llama-3-8b");
            return null;
        }

        var found = workloads.FirstOrDefault(w => string.Equals(w.Id, text.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? (models.Model(text) is { } m ? workloads.FirstOrDefault(w => w.Id == m.Id) : null);
        if (found is null)
        {
            var nearest = NameMatching.Nearest(text, workloads.Select(w => w.Id));
            context.BadInput($"--workload '{text}' is not a workload RigPlan knows", nearest is null ? "use resnet50, bert-base, bert-large or a model of `rigplan fit --list`" : $"did you mean '{nearest}'? (resnet50, bert-base, bert-large or a model of `rigplan fit --list`)");
        }

        return found;
    }

    /// <summary>Turns the options into a setup, reporting the first bad one (and returning null).</summary>
    public static TrainingSetup? Setup(CliContext context, TrainWorkload workload, Options o, int gpusPerNode)
    {
        if (!Lookup(context, Precisions, o.Precision ?? "mixed", "--precision", out var precision)
            || !Lookup(context, Methods, o.Method, "--method", out var method)
            || !Lookup(context, Offloads, o.Offload, "--offload", out var offload)
            || !Lookup(context, Checkpointings, o.Checkpointing, "--checkpointing", out var checkpointing))
        {
            return null;
        }

        if (workload.Llm is null && method != TrainingMethod.Full)
        {
            context.BadInput($"--method {o.Method} applies to language models, not {workload.Id}", "leave --method out, or pick a model of `rigplan fit --list`");
            return null;
        }

        var setup = new TrainingSetup
        {
            Precision = precision,
            Method = method,
            ZeroStage = o.Zero,
            Offload = offload,
            Checkpointing = checkpointing,
            LoraRank = o.LoraRank,
            SeqLen = o.SeqLen ?? workload.DefaultSeqLen ?? 1,
            MicroBatch = o.Batch ?? workload.DefaultBatchPerGpu,
            GpusPerNode = gpusPerNode,
            Nodes = o.Nodes,
            NetworkGbps = o.NetworkGbps,
            PowerLimitW = o.PowerLimitW,
        };
        if (o.SeqLen is not null && !workload.HasSequence)
        {
            context.BadInput($"--seq-len applies to sequence models, not {workload.Id}", "leave --seq-len out");
            return null;
        }

        if (setup.Problems() is [var first, ..])
        {
            context.BadInput($"{first.Option}: {first.Message}", first.Fix);
            return null;
        }

        return setup;
    }

    private static bool Lookup<T>(CliContext context, IReadOnlyDictionary<string, T> words, string text, string option, out T value)
    {
        if (words.TryGetValue(text.Trim(), out value!))
        {
            return true;
        }

        context.BadInput($"{option} '{text}' is not one of: {string.Join(", ", words.Keys)}", $"use {option} {words.Keys.First()}");
        return false;
    }

    private static void Report(CliContext context, string what, IEnumerable<Core.InputError> errors)
    {
        context.Stderr.WriteLine($"error: {what} has problems:");
        foreach (var error in errors)
        {
            context.Stderr.WriteLine($"  {error}");
        }
    }
}
