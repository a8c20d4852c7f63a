using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads;

/// <summary>
/// A roofline model of LLM inference speed on the catalog's own numbers. Decode is memory-bound: each generated token
/// reads every active weight once plus the KV cache so far, so its time is bytes over memory bandwidth. Prefill is
/// compute-bound: about 2 x active parameters FLOPs per prompt token at the GPU's dense FP16 tensor rate (GeForce
/// cards run FP16 accumulate at twice their FP32-accumulate rate, per NVIDIA's whitepapers). A layer split runs the
/// GPUs one after another, so decode time is the sum over GPUs of their bytes over their bandwidth.
/// </summary>
/// <remarks>
/// Three factors are fitted to the published measurements in data/models/measurements.csv (least squares on the log
/// of predicted over measured), and every prediction names them: the share of peak bandwidth decode reaches, a fixed
/// time per layer per decode step (kernel launches and synchronisation, which do not shrink with the bytes read, so
/// small models and split models reach a smaller share of the bandwidth ceiling), and the share of peak tensor
/// throughput prefill reaches. No per-GPU factor exists. Tensor parallelism adds a fourth, the fixed time of one
/// all-reduce, fitted to the tensor-parallel rows alone (few: see <see cref="TensorParallelFit"/>).
/// </remarks>
public sealed record SpeedModel
{
    private SpeedModel(double decodeEfficiency, double layerOverhead, double prefillEfficiency, ImmutableArray<(Measurement M, double Predicted)> decodeFit, ImmutableArray<(Measurement M, double Predicted)> prefillFit)
    {
        DecodeEfficiency = decodeEfficiency;
        LayerOverheadSeconds = layerOverhead;
        AllReduceSeconds = DefaultAllReduceSeconds;
        PrefillEfficiency = prefillEfficiency;
        DecodeFit = decodeFit;
        PrefillFit = prefillFit;
    }

    /// <summary>Share of peak memory bandwidth reached in decode (fitted).</summary>
    public double DecodeEfficiency { get; }

    /// <summary>Fixed time per layer per decode step, seconds (fitted).</summary>
    public double LayerOverheadSeconds { get; }

    /// <summary>
    /// Fixed time of one small all-reduce between tensor-parallel GPUs, seconds: fitted to the tensor-parallel decode
    /// rows when there are any, else <see cref="DefaultAllReduceSeconds"/>.
    /// </summary>
    public double AllReduceSeconds { get; private init; }

    /// <summary>Tensor-parallel decode rows the all-reduce time was fitted to, with the model's prediction for each.</summary>
    public ImmutableArray<(Measurement M, double Predicted)> TensorParallelFit { get; private init; } = [];

    /// <summary>
    /// The all-reduce time used only when the measurement table has no tensor-parallel row: 25 µs, RigPlan's assumption
    /// (not a measurement), of the order of the 19 µs the shipped rows fit to.
    /// </summary>
    public const double DefaultAllReduceSeconds = 25e-6;

    /// <summary>Share of peak tensor throughput reached in prefill (fitted).</summary>
    public double PrefillEfficiency { get; }

    /// <summary>The decode measurements used, with the model's prediction for each.</summary>
    public ImmutableArray<(Measurement M, double Predicted)> DecodeFit { get; }

    /// <summary>The prefill measurements used, with the model's prediction for each.</summary>
    public ImmutableArray<(Measurement M, double Predicted)> PrefillFit { get; }

    /// <summary>Median absolute relative error of the fitted decode predictions.</summary>
    public double DecodeMedianError => Median(DecodeFit.Select(x => Math.Abs(x.Predicted / x.M.Value - 1)));

    /// <summary>Median absolute relative error of the fitted prefill predictions.</summary>
    public double PrefillMedianError => Median(PrefillFit.Select(x => Math.Abs(x.Predicted / x.M.Value - 1)));

    /// <summary>Dense FP16 tensor TFLOPS an inference engine can use (FP16 accumulate).</summary>
    public static double InferenceTflops(Gpu gpu)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        var fp32Acc = gpu.Fp16Tensor?.Value ?? gpu.Fp32.Value;
        return gpu.Vendor == "NVIDIA" && gpu.Segment == "consumer" && gpu.Fp16Tensor is not null ? fp32Acc * 2 : fp32Acc;
    }

    /// <summary>The efficiency-1 ceilings for decode and prefill on these GPUs (layer split).</summary>
    public static (double Decode, double Prefill, double BytesPerToken) Ceilings(LlmModel model, QuantFormat format, IReadOnlyList<Gpu> gpus, int context, int batch, double kvBytesPerElement)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(gpus);
        var weightBytes = model.ActiveParamsB * 1e9 * format.BitsPerWeight / 8;
        var kvBytes = (InferenceMemory.KvBytesPerToken(model, kvBytesPerElement) ?? 0) * context * batch;
        var bytes = weightBytes + kvBytes;

        // Layers spread in proportion to memory; each GPU reads its share at its own bandwidth, one after another.
        var totalMemory = gpus.Sum(g => g.Vram.Value);
        var seconds = gpus.Sum(g => bytes * (g.Vram.Value / totalMemory) / (g.MemoryBandwidth.Value * 1e9));
        var decode = batch / seconds;
        var flopsPerToken = 2 * model.ActiveParamsB * 1e9;
        var prefillSeconds = gpus.Sum(g => flopsPerToken * (g.Vram.Value / totalMemory) / (InferenceTflops(g) * 1e12));
        return (decode, 1 / prefillSeconds, bytes / 1e9);
    }

    /// <summary>
    /// Predicts tensor-parallel speed: every GPU holds 1/N of each layer's matrices and reads them at once, so decode
    /// reads the bytes at N cards' bandwidth (the slowest card's times N), then pays the per-layer time and two
    /// all-reduces per layer (after attention and after the MLP): each a fixed time plus 2 (N-1)/N of the activations
    /// over the link between GPUs. Prefill splits the FLOPs N ways and pays the same all-reduces for every prompt token.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="format">Its weight format.</param>
    /// <param name="gpus">The GPUs sharing each layer.</param>
    /// <param name="context">Tokens in the KV cache.</param>
    /// <param name="batch">Sequences at once.</param>
    /// <param name="kvBytesPerElement">Bytes per KV-cache element.</param>
    /// <param name="linkGbPerSecond">Bandwidth between the GPUs, GB/s one way (NVLink, else the PCIe link).</param>
    public SpeedPrediction PredictTensorParallel(LlmModel model, QuantFormat format, IReadOnlyList<Gpu> gpus, int context, int batch, double kvBytesPerElement, double linkGbPerSecond)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gpus);
        var n = gpus.Count;
        var slowest = gpus.MinBy(g => g.MemoryBandwidth.Value)!;
        var (single, prefillSingle, bytes) = Ceilings(model, format, [slowest], context, batch, kvBytesPerElement);
        var activations = 2.0 * model.HiddenSize * batch;
        var allReduce = AllReduceSeconds + (2.0 * (n - 1) / n * activations / (linkGbPerSecond * 1e9));
        var step = (batch / (single * n) / DecodeEfficiency) + (model.Layers * (LayerOverheadSeconds + (2 * allReduce)));
        var prefillTokenAllReduce = 2 * model.Layers * 2.0 * (n - 1) / n * 2.0 * model.HiddenSize / (linkGbPerSecond * 1e9);
        var prefillToken = (1 / (prefillSingle * gpus.Min(g => InferenceTflops(g)) / InferenceTflops(slowest) * n * PrefillEfficiency)) + prefillTokenAllReduce;
        return new SpeedPrediction
        {
            DecodeTokensPerSecond = batch / step,
            PrefillTokensPerSecond = 1 / prefillToken,
            DecodeCeiling = single * n,
            PrefillCeiling = prefillSingle * n,
            BytesPerTokenGb = bytes,
            DecodeEfficiency = DecodeEfficiency,
            PrefillEfficiency = PrefillEfficiency,
            LayerOverheadSeconds = LayerOverheadSeconds,
            AllReduceSeconds = AllReduceSeconds,
        };
    }

    /// <summary>
    /// Bandwidth between <paramref name="count"/> GPUs of this model, GB/s one way: NVLink where every pair can use it
    /// (SXM modules; PCIe cards only as a bridged pair), else the card's PCIe link (0.985 GB/s per lane at PCIe 3.0,
    /// doubling per generation). The catalog's NVLink figure is both directions together, so one way is half of it.
    /// </summary>
    public static double LinkGbPerSecond(Gpu gpu, int count = 2)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        var bridged = gpu.FormFactor != GpuFormFactor.Pcie || count <= 2;
        if (bridged && gpu.NvLink is { } nv && nv.Value > 0)
        {
            return nv.Value / 2;
        }

        var gen = gpu.PcieGen ?? 4;
        return (gpu.PcieLanes ?? 16) * 0.985 * Math.Pow(2, gen - 3);
    }

    /// <summary>Predicts decode and prefill speed.</summary>
    public SpeedPrediction Predict(LlmModel model, QuantFormat format, IReadOnlyList<Gpu> gpus, int context, int batch, double kvBytesPerElement)
    {
        var (decode, prefill, bytes) = Ceilings(model, format, gpus, context, batch, kvBytesPerElement);
        return new SpeedPrediction
        {
            DecodeTokensPerSecond = Decode(decode, batch, model.Layers, DecodeEfficiency, LayerOverheadSeconds),
            LayerOverheadSeconds = LayerOverheadSeconds,
            PrefillTokensPerSecond = prefill * PrefillEfficiency,
            DecodeCeiling = decode,
            PrefillCeiling = prefill,
            BytesPerTokenGb = bytes,
            DecodeEfficiency = DecodeEfficiency,
            PrefillEfficiency = PrefillEfficiency,
        };
    }

    /// <summary>
    /// Fits the factors to the measurements whose GPU, model and format the catalogs know (single GPU or
    /// layer split; tensor-parallel rows are left out). Returns null when there is nothing to fit to.
    /// </summary>
    public static SpeedModel? Fit(IEnumerable<Measurement> measurements, ModelCatalog models, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(catalog);
        var resolver = new NameResolver<Gpu>(catalog.Gpus);
        var usable = new List<(Measurement M, double Decode, double Prefill)>();
        foreach (var m in measurements.Where(m => m.Split is null or "" or "none" or "layer"))
        {
            if (resolver.Resolve(m.Gpu).Part is not { } gpu || models.Model(m.Model) is not { } model || models.Format(m.Quant) is not { } format)
            {
                continue;
            }

            var gpus = Enumerable.Repeat(gpu, m.GpuCount).ToList();
            var (decode, prefill, _) = Ceilings(model, format, gpus, Math.Max(1, m.AverageContext), m.Batch, 2);
            usable.Add((m, decode, prefill));
        }

        var decodes = usable.Where(u => u.M.Metric == "decode").ToList();
        var prefills = usable.Where(u => u.M.Metric == "prefill").ToList();
        if (decodes.Count == 0 || prefills.Count == 0)
        {
            return null;
        }

        var (decodeEff, overhead) = FitDecode(decodes.Select(u => (u.M, u.Decode, Layers: models.Model(u.M.Model)!.Layers)).ToList());
        var prefillEff = Math.Exp(prefills.Average(u => Math.Log(u.M.Value / u.Prefill)));
        var fitted = new SpeedModel(
            decodeEff,
            overhead,
            prefillEff,
            [.. decodes.Select(u => (u.M, Decode(u.Decode, u.M.Batch, models.Model(u.M.Model)!.Layers, decodeEff, overhead)))],
            [.. prefills.Select(u => (u.M, u.Prefill * prefillEff))]);
        return fitted.WithTensorParallelFit(measurements, models, resolver);
    }

    /// <summary>
    /// Fits the all-reduce time to the tensor-parallel decode rows (least squares on the log error, 0 to 500 µs), keeping
    /// the other factors; unchanged when there are none.
    /// </summary>
    private SpeedModel WithTensorParallelFit(IEnumerable<Measurement> measurements, ModelCatalog models, NameResolver<Gpu> resolver)
    {
        var rows = new List<(Measurement M, LlmModel Model, QuantFormat Format, List<Gpu> Gpus)>();
        foreach (var m in measurements.Where(m => m.Split == "tensor-parallel" && m.Metric == "decode" && m.GpuCount > 1))
        {
            if (resolver.Resolve(m.Gpu).Part is { } gpu && models.Model(m.Model) is { } model && models.Format(m.Quant) is { } format && model.HeadDim is not null)
            {
                rows.Add((m, model, format, Enumerable.Repeat(gpu, m.GpuCount).ToList()));
            }
        }

        if (rows.Count == 0)
        {
            return this;
        }

        SpeedModel With(double a) => new(DecodeEfficiency, LayerOverheadSeconds, PrefillEfficiency, DecodeFit, PrefillFit) { AllReduceSeconds = a };
        double Predict(SpeedModel s, (Measurement M, LlmModel Model, QuantFormat Format, List<Gpu> Gpus) r) =>
            s.PredictTensorParallel(r.Model, r.Format, r.Gpus, Math.Max(1, r.M.AverageContext), r.M.Batch, 2, LinkGbPerSecond(r.Gpus[0], r.Gpus.Count)).DecodeTokensPerSecond;
        var best = Enumerable.Range(0, 501).Select(us => With(us * 1e-6)).MinBy(s => rows.Sum(r => Math.Pow(Math.Log(Predict(s, r) / r.M.Value), 2)))!;
        return best with { TensorParallelFit = [.. rows.Select(r => (r.M, Predict(best, r)))] };
    }

    /// <summary>Decode tokens/s from the efficiency-1 ceiling: the bytes' time at the fitted share of bandwidth, plus the per-layer time, per step of the batch.</summary>
    private static double Decode(double ceiling, int batch, int layers, double efficiency, double layerOverhead) =>
        batch / ((batch / ceiling / efficiency) + (layers * layerOverhead));

    /// <summary>
    /// The decode efficiency and per-layer time that minimise the squared log error over the measurements: a grid over
    /// the time (0 to 400 µs in 1 µs steps) with the best efficiency for each found by golden-section search.
    /// </summary>
    private static (double Efficiency, double LayerOverhead) FitDecode(List<(Measurement M, double Ceiling, int Layers)> rows)
    {
        double Loss(double e, double c) => rows.Sum(r => Math.Pow(Math.Log(Decode(r.Ceiling, r.M.Batch, r.Layers, e, c) / r.M.Value), 2));
        double BestEfficiency(double c)
        {
            double lo = 0.05, hi = 1.0;
            for (var i = 0; i < 60; i++)
            {
                var m1 = lo + ((hi - lo) * 0.382);
                var m2 = lo + ((hi - lo) * 0.618);
                if (Loss(m1, c) < Loss(m2, c))
                {
                    hi = m2;
                }
                else
                {
                    lo = m1;
                }
            }

            return (lo + hi) / 2;
        }

        var best = (Efficiency: BestEfficiency(0), Overhead: 0.0);
        var bestLoss = Loss(best.Efficiency, 0);
        for (var us = 1; us <= 400; us++)
        {
            var c = us * 1e-6;
            var e = BestEfficiency(c);
            var loss = Loss(e, c);
            if (loss < bestLoss)
            {
                (best, bestLoss) = ((e, c), loss);
            }
        }

        return best;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
