using System.Collections.Concurrent;
using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads;

namespace RigPlan.Core.Planning;

/// <summary>
/// A language model a plan must serve: it must fit in each node's GPUs (layer split, failing on the fullest card), and
/// generate at least <see cref="MinDecodeTokensPerSecond"/> for one stream, by the same memory and speed models as
/// `rigplan fit` and `rigplan predict llm`. A cluster's nodes each hold a copy (replicas), so its throughput is per node
/// times nodes.
/// </summary>
public sealed record WorkloadTarget
{
    private readonly ConcurrentDictionary<(string Gpu, int Count), (bool Fits, double Decode)> _cache = new();

    /// <summary>The model.</summary>
    public required LlmModel Model { get; init; }

    /// <summary>Its weight format.</summary>
    public required QuantFormat Format { get; init; }

    /// <summary>Tokens of context each stream holds (prompt and generation).</summary>
    public int Context { get; init; } = 4096;

    /// <summary>Bytes per KV-cache element (2 for FP16).</summary>
    public double KvBytesPerElement { get; init; } = 2;

    /// <summary>Least generation speed for one stream, tokens/s; null for none.</summary>
    public double? MinDecodeTokensPerSecond { get; init; }

    /// <summary>The fitted speed model.</summary>
    public required SpeedModel Speed { get; init; }

    /// <summary>Whether the model fits on <paramref name="count"/> of this GPU, and its generation speed there (tokens/s, one stream).</summary>
    public (bool Fits, double DecodeTokensPerSecond) On(Gpu gpu, int count)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return _cache.GetOrAdd((gpu.Id, count), _ =>
        {
            var gpus = Enumerable.Repeat(gpu, count).ToList();
            var fit = InferenceMemory.Estimate(Model, Format, [.. gpus.Select(g => g.Vram.Value)], Context, 1, KvBytesPerElement);
            var speed = Speed.Predict(Model, Format, gpus, Context, 1, KvBytesPerElement);
            return (fit.Fits, speed.DecodeTokensPerSecond);
        });
    }

    /// <summary>True when <paramref name="count"/> of this GPU hold the model and meet the speed.</summary>
    public bool Admits(Gpu gpu, int count)
    {
        var (fits, decode) = On(gpu, count);
        return fits && (MinDecodeTokensPerSecond is not { } min || decode >= min);
    }
}
