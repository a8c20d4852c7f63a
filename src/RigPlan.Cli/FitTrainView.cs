using RigPlan.Core.Workloads.Training;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan fit --train`: training memory per GPU for a language model, and what to change when it does not fit.</summary>
internal static class FitTrainView
{
    public static int Run(CliContext context, string? modelText, string? gpuText, int count, string? buildFile, TrainInputs.Options options, bool json)
    {
        var catalog = context.LoadCatalog();
        var models = catalog is null ? null : WorkloadInputs.LoadModels(context);
        if (catalog is null || models is null)
        {
            return ExitCodes.BadInput;
        }

        if (modelText is null)
        {
            return context.BadInput("--model is required", "e.g. --model llama-3-8b (`rigplan fit --list` shows the models)");
        }

        if (models.Model(modelText) is not { } model)
        {
            var nearest = Core.Catalog.NameMatching.Nearest(modelText, models.Models.Select(m => m.Id));
            return context.BadInput($"'{modelText}' is not a model RigPlan knows", nearest is null ? "see `rigplan fit --list`" : $"did you mean '{nearest}'?");
        }

        var gpus = WorkloadInputs.ResolveGpus(context, catalog, gpuText, count, buildFile);
        var setup = gpus is null ? null : TrainInputs.Setup(context, TrainWorkload.FromLlm(model), options, gpus.Count);
        if (gpus is null || setup is null)
        {
            return ExitCodes.BadInput;
        }

        var report = TrainingMemory.Estimate(model, setup, [.. gpus.Select(g => g.Vram.Value)]);
        if (json)
        {
            var doc = TrainingRender.MemoryJson(report);
            doc["model"] = model.Id;
            doc["method"] = setup.Method.ToString().ToLowerInvariant();
            doc["zero"] = setup.ZeroStage;
            doc["offload"] = setup.Offload.ToString().ToLowerInvariant();
            doc["checkpointing"] = setup.Checkpointing.ToString().ToLowerInvariant();
            doc["seq_len"] = setup.SeqLen;
            doc["batch_per_gpu"] = setup.MicroBatch;
            doc["gpus_per_node"] = gpus.Count;
            doc["nodes"] = setup.Nodes;
            JsonOutput.Write(context.Stdout, doc);
            return ExitCodes.Ok;
        }

        var c = context.Console;
        var lora = setup.Method == TrainingMethod.Full ? "" : $" rank {setup.LoraRank}";
        c.MarkupLine($"{Markup.Escape(model.Name)}, {setup.Method.ToString().ToLowerInvariant()}{lora} training on {(setup.Nodes > 1 ? $"{setup.Nodes} nodes x " : "")}{gpus.Count}x {Markup.Escape(gpus[0].Name)}, {setup.MicroBatch} x {setup.SeqLen:N0} tokens per GPU, ZeRO {setup.ZeroStage}, offload {setup.Offload.ToString().ToLowerInvariant()}, checkpointing {setup.Checkpointing.ToString().ToLowerInvariant()}: {TrainingRender.Verdict(report)}");
        c.Write(TrainingRender.MemoryTable(report));
        c.MarkupLine($"Trainable parameters {report.TrainableParams / 1e9:0.###}B at 16 bytes each (16-bit weight and gradient, FP32 master weight and Adam m and v; ZeRO paper), sharded by ZeRO stage over {setup.TotalGpus} GPUs; activations per Korthikanti et al. 2022 plus FP32 logits.");
        if (!report.Fits)
        {
            c.MarkupLine($"[yellow]To fit, try:[/] {Markup.Escape(Suggest(setup))}.");
        }

        if (TrainingRender.WindowNote(TrainWorkload.FromLlm(model), setup) is { } note)
        {
            c.MarkupLine(note);
        }

        c.MarkupLine("[grey]Overhead (1 GiB per GPU) is RigPlan's allowance; every GPU of a data-parallel node holds the same, and the fullest card decides.[/]");
        return ExitCodes.Ok;
    }

    private static string Suggest(TrainingSetup s)
    {
        var ideas = new List<string>();
        if (s.Checkpointing != ActivationCheckpointing.Full)
        {
            ideas.Add("--checkpointing full");
        }

        if (s.ZeroStage < 3 && s.TotalGpus > 1)
        {
            ideas.Add("--zero 3");
        }

        if (s.Offload != OptimizerOffload.All && s.ZeroStage == 3)
        {
            ideas.Add(s.Offload == OptimizerOffload.None ? "--offload optimizer" : "--offload all");
        }

        if (s.Method != TrainingMethod.Qlora)
        {
            ideas.Add(s.Method == TrainingMethod.Full ? "--method lora" : "--method qlora");
        }

        if (s.MicroBatch > 1)
        {
            ideas.Add("a smaller --batch (with gradient accumulation)");
        }

        ideas.Add("more or larger GPUs");
        return string.Join(", ", ideas);
    }
}
