using System.Collections.Immutable;

namespace RigPlan.Core.Workloads.Training;

/// <summary>
/// GPU memory for training a language model, per GPU, judged on the fullest card. Model states follow the ZeRO paper's
/// accounting for mixed-precision Adam (Rajbhandari et al. 2019, "ZeRO: Memory Optimizations Toward Training Trillion
/// Parameter Models", Sec. 3.1): 16-bit weights 2 B + 16-bit gradients 2 B + FP32 master weights 4 B + Adam momentum and
/// variance 8 B = 16 B per trainable parameter; ZeRO stage 1 divides the optimizer states by the data-parallel degree,
/// stage 2 the gradients too, stage 3 (FSDP FULL_SHARD) the weights too. Activations follow Korthikanti et al. 2022,
/// "Reducing Activation Recomputation in Large Transformer Models", Table 2 (no tensor or sequence parallelism).
/// </summary>
/// <remarks>
/// LoRA (Hu et al. 2021) keeps the 16-bit weights frozen and trains rank-r adapters on every linear layer of every block
/// (q, k, v, o, gate, up, down), each with the same 16 B per parameter. QLoRA (Dettmers et al. 2023) stores the frozen
/// weights in 4-bit NF4 with double quantisation, 4 + 0.127 bits per weight (the paper's Sec. 3: 8-bit constants per
/// 64-weight block plus FP32 constants per 256 blocks), while embeddings and output head stay 16-bit. Offload follows
/// ZeRO-Offload (Ren et al. 2021): the FP32 optimizer states go to system RAM. RigPlan's allowances, not measurements:
/// 1 GiB per GPU for the CUDA context, NCCL buffers and allocator slack; logits kept in FP32 for the loss (4 bytes per
/// vocabulary entry per token); ZeRO-3 holding two gathered layers (the one in use and the one prefetched).
/// </remarks>
public static class TrainingMemory
{
    /// <summary>CUDA context, communication buffers and allocator slack per GPU, GiB (RigPlan's allowance).</summary>
    public const double OverheadGib = 1.0;

    /// <summary>NF4 with double quantisation, bits per weight (QLoRA paper, Sec. 3).</summary>
    public const double Nf4BitsPerWeight = 4.127;

    /// <summary>FP32 master weights, Adam momentum and variance, bytes per trainable parameter (ZeRO paper).</summary>
    public const double AdamBytesPerParam = 12;

    /// <summary>Bytes per logit kept for the loss (FP32).</summary>
    public const double LogitBytes = 4;

    /// <summary>Estimates what each GPU of a node holds (capacities in GiB, one per GPU of the node).</summary>
    public static TrainingMemoryReport Estimate(LlmModel model, TrainingSetup setup, IReadOnlyList<double> gpuGib)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(gpuGib);
        if (gpuGib.Count == 0)
        {
            throw new ArgumentException("at least one GPU", nameof(gpuGib));
        }

        var s = setup with { GpusPerNode = gpuGib.Count };
        var (weights, grads, optimizer, ram) = StatesPerGpu(model, s);
        var activations = ActivationBytes(model, s);
        var gib = InferenceMemory.Gib;
        return new TrainingMemoryReport
        {
            Model = model,
            Setup = s,
            PerGpu = [.. gpuGib.Select((cap, i) => new TrainingGpuMemory(i + 1, cap, weights / gib, grads / gib, optimizer / gib, activations / gib, OverheadGib))],
            TrainableParams = TrainableParams(model, s),
            RamPerNodeGib = ram * s.GpusPerNode / gib,
            Problems = [.. s.Problems()],
        };
    }

    /// <summary>Parameters in the input embedding and the output head (one table when they are tied).</summary>
    public static double EmbeddingParams(LlmModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (double)model.VocabSize * model.HiddenSize * (model.TiedEmbeddings ? 1 : 2);
    }

    /// <summary>LoRA adapter parameters: rank x (inputs + outputs) of q, k, v, o, gate, up and down in every block.</summary>
    /// <remarks>The feed-forward width is 4 x hidden where the table leaves it empty; mixture-of-experts models are counted as dense.</remarks>
    public static double LoraParams(LlmModel model, int rank)
    {
        ArgumentNullException.ThrowIfNull(model);
        double h = model.HiddenSize;
        double kv = model.KvHeads * (model.HeadDim ?? (model.HiddenSize / model.AttentionHeads));
        double ffn = model.IntermediateSize ?? (4 * model.HiddenSize);
        var perLayer = (h + h) + (2 * (h + kv)) + (h + h) + (3 * (h + ffn));
        return (double)rank * perLayer * model.Layers;
    }

    /// <summary>Trainable parameters: every one for full training, the adapters for LoRA and QLoRA.</summary>
    public static double TrainableParams(LlmModel model, TrainingSetup setup)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(setup);
        return setup.Method == TrainingMethod.Full ? model.ParamsB * 1e9 : LoraParams(model, setup.LoraRank);
    }

    /// <summary>
    /// Activation bytes per GPU for one micro-batch: layers x Korthikanti's per-layer figure (s·b·h·(34 + 5·a·s/h) kept
    /// whole, 34·s·b·h with attention recomputed, 2·s·b·h with full checkpointing plus one layer rebuilt at a time during
    /// the backward pass), plus the logits. The figures assume 16-bit activations and a 4h feed-forward block; FP32
    /// training doubles them.
    /// </summary>
    public static double ActivationBytes(LlmModel model, TrainingSetup setup)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(setup);
        double s = setup.SeqLen, b = setup.MicroBatch, h = model.HiddenSize, a = model.AttentionHeads;
        var sbh = s * b * h;
        var whole = sbh * (34 + (5 * a * s / h));
        var layers = setup.Checkpointing switch
        {
            ActivationCheckpointing.None => model.Layers * whole,
            ActivationCheckpointing.Selective => model.Layers * 34 * sbh,
            _ => (model.Layers * 2 * sbh) + (34 * sbh),
        };
        var logits = s * b * model.VocabSize * LogitBytes;
        return (layers * (setup.Precision == TrainPrecision.Fp32 ? 2 : 1)) + logits;
    }

    /// <summary>Weights, gradients and optimizer bytes on each GPU after sharding and offload, and the bytes each GPU offloads to RAM.</summary>
    private static (double Weights, double Grads, double Optimizer, double Ram) StatesPerGpu(LlmModel model, TrainingSetup s)
    {
        var p = model.ParamsB * 1e9;
        var trainable = TrainableParams(model, s);
        var fp32 = s.Precision == TrainPrecision.Fp32;
        var wordBytes = fp32 ? 4.0 : 2.0;
        var embeddings = EmbeddingParams(model);
        var frozenOrTrained = s.Method == TrainingMethod.Qlora
            ? ((p - embeddings) * Nf4BitsPerWeight / 8) + (embeddings * wordBytes)
            : p * wordBytes;
        var adapters = s.Method == TrainingMethod.Full ? 0 : trainable * wordBytes;
        var layerBytes = Math.Max(0, frozenOrTrained - (embeddings * wordBytes)) / model.Layers;
        var layerGrads = trainable * wordBytes / model.Layers;

        var n = (double)s.TotalGpus;
        var weights = (frozenOrTrained + adapters) / (s.ZeroStage >= 3 ? n : 1);
        var grads = trainable * wordBytes / (s.ZeroStage >= 2 ? n : 1);
        var optimizer = trainable * (fp32 ? 8 : AdamBytesPerParam) / (s.ZeroStage >= 1 ? n : 1);
        var gathered = s.ZeroStage >= 3 ? 2 * layerBytes : 0;
        return s.Offload switch
        {
            OptimizerOffload.Optimizer => (weights + gathered, grads, 0, optimizer),
            OptimizerOffload.All => (gathered, 2 * layerGrads, 0, optimizer + grads + weights),
            _ => (weights + gathered, grads, optimizer, 0),
        };
    }
}
