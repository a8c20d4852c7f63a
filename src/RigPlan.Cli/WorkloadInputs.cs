using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads;

namespace RigPlan.Cli;

/// <summary>What `fit` and `predict` share: the model tables, and resolving a model, format, GPUs and KV-cache format.</summary>
internal sealed record WorkloadInputs(LlmModel Model, QuantFormat Format, List<Gpu> Gpus, double KvBytes)
{
    public static string ModelsDirectory(CliContext context)
    {
        var catalogDir = Path.GetFullPath(CatalogLocator.Find(context.CatalogDirectory)).TrimEnd(Path.DirectorySeparatorChar);
        var beside = Path.Combine(Path.GetDirectoryName(catalogDir)!, "models");
        return Directory.Exists(beside) ? beside : Path.Combine(AppContext.BaseDirectory, "data", "models");
    }

    public static ModelCatalog? LoadModels(CliContext context)
    {
        var (models, errors) = ModelCatalog.LoadDirectory(ModelsDirectory(context));
        if (models is null)
        {
            context.Stderr.WriteLine("error: the model tables have problems:");
            foreach (var error in errors)
            {
                context.Stderr.WriteLine($"  {error}");
            }
        }

        return models;
    }

    /// <summary>A model and weight format by id, reporting an unknown one (with the nearest model) and returning null.</summary>
    /// <param name="prefix">How messages name the inputs: "--" for options, "FILE:LINE workload." for a requirements file.</param>
    public static (LlmModel Model, QuantFormat Format)? ResolveModel(CliContext context, ModelCatalog models, string modelText, string quantText, string prefix = "--")
    {
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

        return (model, format);
    }

    /// <summary>The LLM speed model fitted to the shipped measurements, reporting a broken table (and returning null).</summary>
    public static SpeedModel? FitSpeed(CliContext context, ModelCatalog models, HardwareCatalog catalog)
    {
        var (measurements, errors) = ModelCatalog.LoadMeasurements(ModelsDirectory(context));
        if (!errors.IsEmpty)
        {
            context.Stderr.WriteLine("error: the measurements table has problems:");
            foreach (var error in errors)
            {
                context.Stderr.WriteLine($"  {error}");
            }

            return null;
        }

        if (SpeedModel.Fit(measurements, models, catalog) is not { } speed)
        {
            context.BadInput("the speed model has no measurements to fit to", "restore data/models/measurements.csv");
            return null;
        }

        return speed;
    }

    /// <summary>Resolves the inputs, reporting a bad one (and returning null).</summary>
    public static WorkloadInputs? Resolve(CliContext context, HardwareCatalog catalog, ModelCatalog models, string? modelText, string quantText, string? gpuText, int count, string? buildFile, string kvText)
    {
        if (modelText is null)
        {
            context.BadInput("--model is required", "e.g. --model llama-3-70b (`rigplan fit --list` shows the models)");
            return null;
        }

        if (ResolveModel(context, models, modelText, quantText) is not var (model, format))
        {
            return null;
        }

        if (!KvCacheFormats.BytesPerElement.TryGetValue(kvText, out var kvBytes))
        {
            context.BadInput($"--kv-cache '{kvText}' is not a KV-cache format", "use fp16, fp8, q8_0 or q4_0");
            return null;
        }

        var gpus = ResolveGpus(context, catalog, gpuText, count, buildFile);
        if (gpus is null)
        {
            return null;
        }

        return new WorkloadInputs(model, format, gpus, kvBytes);
    }

    /// <summary>The GPUs of --gpu/--count or of a build file's first node, reporting a bad one (and returning null).</summary>
    public static List<Gpu>? ResolveGpus(CliContext context, HardwareCatalog catalog, string? gpuText, int count, string? buildFile)
    {
        if (count is < 1 or > 64)
        {
            context.BadInput($"--count {count} is outside 1 to 64", "give the number of GPUs");
            return null;
        }

        List<Gpu> gpus;
        if (buildFile is not null)
        {
            var build = BuildFiles.Load(context, catalog, buildFile);
            if (build is null)
            {
                return null;
            }

            gpus = [.. build.Nodes[0].Gpus.SelectMany(g => Enumerable.Repeat(g.Gpu, g.Count))];
            if (gpus.Count == 0)
            {
                context.BadInput($"{buildFile}: the first node has no GPUs", "add a gpus: entry");
                return null;
            }
        }
        else
        {
            if (gpuText is null)
            {
                context.BadInput("--gpu (or --build) is required", "e.g. --gpu \"RTX 3090\" --count 2");
                return null;
            }

            var found = new NameResolver<Gpu>(catalog.Gpus).Resolve(gpuText);
            if (found.Part is not { } g)
            {
                context.BadInput(found.Message, "see `rigplan parts gpus`");
                return null;
            }

            gpus = [.. Enumerable.Repeat(g, count)];
        }

        return gpus;
    }
}
