using System.Collections.Immutable;

namespace RigPlan.Core.Workloads;

/// <summary>
/// Memory for LLM inference: weights (parameters x bits per weight), KV cache (2 x layers x KV heads x head width x
/// tokens x bytes per element, so grouped-query attention and KV-cache quantisation count), and a per-GPU allowance.
/// A split fails on its fullest GPU, not on the pooled total.
/// </summary>
/// <remarks>
/// GPU memory is counted in GiB (a "24 GB" card has 24 GiB). The allowance is RigPlan's, not a measurement: 0.5 GiB for
/// the CUDA context and framework, plus compute buffers for a 512-token micro-batch (512 x (4 x hidden + vocabulary) x
/// 4 bytes), on every GPU. Sliding-window layers (Mistral 7B, Gemma 2) are charged the full context, which overstates them.
/// </remarks>
public static class InferenceMemory
{
    /// <summary>Bytes in a GiB.</summary>
    public const double Gib = 1024.0 * 1024 * 1024;

    /// <summary>CUDA context and framework, per GPU.</summary>
    public const double ContextAllowanceGib = 0.5;

    /// <summary>Micro-batch the compute-buffer allowance assumes.</summary>
    public const int MicroBatch = 512;

    /// <summary>KV-cache bytes per token for the whole model, or null when the attention is not head-shaped.</summary>
    public static double? KvBytesPerToken(LlmModel model, double kvBytesPerElement)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.HeadDim is { } d ? 2.0 * model.Layers * model.KvHeads * d * kvBytesPerElement : null;
    }

    /// <summary>Estimates the fit of a model on GPUs with these capacities (GiB).</summary>
    public static InferenceFit Estimate(LlmModel model, QuantFormat format, IReadOnlyList<double> gpuGib, int context, int batch, double kvBytesPerElement, SplitStrategy? strategy = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(gpuGib);
        if (gpuGib.Count == 0)
        {
            throw new ArgumentException("at least one GPU", nameof(gpuGib));
        }

        var bytesPerWeight = format.BitsPerWeight / 8;
        var weights = model.ParamsB * 1e9 * bytesPerWeight / Gib;
        var embedding = (double)model.VocabSize * model.HiddenSize * bytesPerWeight / Gib;
        var head = model.TiedEmbeddings ? 0 : embedding;
        var perLayer = Math.Max(0, weights - embedding - head) / model.Layers;
        var tokens = (double)context * batch;
        var kvPerToken = KvBytesPerToken(model, kvBytesPerElement);
        var kv = kvPerToken is { } k ? k * tokens / Gib : (double?)null;
        var kvPerLayer = (kv ?? 0) / model.Layers;
        var overhead = ContextAllowanceGib + (MicroBatch * ((4.0 * model.HiddenSize) + model.VocabSize) * 4 / Gib);
        var n = gpuGib.Count;
        var chosen = strategy ?? (n == 1 ? SplitStrategy.Single : SplitStrategy.LayerSplit);
        ImmutableArray<GpuMemoryUse> perGpu;
        switch (chosen)
        {
            case SplitStrategy.Single when n == 1:
                perGpu = [new GpuMemoryUse(1, gpuGib[0], weights, kv ?? 0, overhead, model.Layers)];
                break;
            case SplitStrategy.TensorParallel:
                // Heads split across GPUs; with fewer KV heads than GPUs each GPU keeps at least one KV head.
                var kvShare = (kv ?? 0) * Math.Max(1.0, (double)model.KvHeads / n) / model.KvHeads;
                perGpu = [.. gpuGib.Select((cap, i) => new GpuMemoryUse(i + 1, cap, weights / n, kvShare, overhead, model.Layers))];
                break;
            default:
                perGpu = LayerSplit(model, gpuGib, perLayer, kvPerLayer, embedding, head, overhead);
                chosen = n == 1 ? SplitStrategy.Single : SplitStrategy.LayerSplit;
                break;
        }

        return new InferenceFit { Model = model, Format = format, Strategy = chosen, PerGpu = perGpu, WeightsGib = weights, KvCacheGib = kv, Context = context, Batch = batch };
    }

    /// <summary>The fewest GPUs of one size that fit the model (layer split), or null beyond 64.</summary>
    public static int? MinimumGpus(LlmModel model, QuantFormat format, double gpuGib, int context, int batch, double kvBytesPerElement)
    {
        for (var n = 1; n <= 64; n++)
        {
            if (Estimate(model, format, [.. Enumerable.Repeat(gpuGib, n)], context, batch, kvBytesPerElement).Fits)
            {
                return n;
            }
        }

        return null;
    }

    private static ImmutableArray<GpuMemoryUse> LayerSplit(LlmModel model, IReadOnlyList<double> gpuGib, double perLayer, double kvPerLayer, double embedding, double head, double overhead)
    {
        // Layers in proportion to the memory left after the allowance (llama.cpp's --tensor-split default),
        // the input embedding on the first GPU and the output head on the last.
        var n = gpuGib.Count;
        var free = gpuGib.Select(c => Math.Max(0.01, c - overhead)).ToArray();
        var total = free.Sum();
        var layers = new int[n];
        var assigned = 0;
        for (var i = 0; i < n; i++)
        {
            layers[i] = i == n - 1 ? model.Layers - assigned : (int)Math.Round(model.Layers * free[i] / total);
            layers[i] = Math.Clamp(layers[i], 0, model.Layers - assigned);
            assigned += layers[i];
        }

        return [.. Enumerable.Range(0, n).Select(i => new GpuMemoryUse(
            i + 1,
            gpuGib[i],
            (layers[i] * perLayer) + (i == 0 ? embedding : 0) + (i == n - 1 ? head : 0),
            layers[i] * kvPerLayer,
            overhead,
            layers[i]))];
    }
}
