using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads.Training;

/// <summary>
/// Data-parallel training speed. One GPU spends, per sample, its training FLOPs at a fitted share of its peak dense tensor
/// rate (BF16/FP16 with FP32 accumulate for mixed precision, TF32 or FP32 for FP32) plus, for CNNs and encoders, the same
/// FLOPs over a fitted arithmetic intensity at its memory bandwidth (ResNet-50 and BERT are partly memory-bound: batch norm,
/// layer norm, activations). A step then pays the gradient all-reduce, 2 x (N-1)/N x gradient bytes over the link within the
/// node (hierarchically where NVLink joins only groups of GPUs: <see cref="GradientLink"/>) and, across nodes, 2 x (nodes-1)/nodes x gradient bytes over each node's network; it overlaps with the backward
/// pass (two thirds of the compute), as PyTorch DDP's bucketed all-reduce does (Li et al. 2020, VLDB), so a step takes
/// compute/3 + max(2 x compute/3, all-reduce).
/// </summary>
/// <remarks>
/// Factors are fitted per family (CNN: utilisation and intensity; encoder: the same; language model: utilisation only) by
/// least squares on log(predicted / measured) over data/models/train_measurements.csv rows at full power; there is no
/// per-GPU factor. Training FLOPs are 3 x forward (forward, activation gradients, weight gradients); LoRA and QLoRA skip
/// the weight gradients of the frozen weights (2 x forward); full activation checkpointing adds a forward. ZeRO-3 moves
/// 1.5 x the data of plain data parallelism (ZeRO paper, Sec. 7). Gradients are reduced in FP32 (4 bytes) except for
/// language models in mixed precision (2 bytes, the 16 B/param accounting). Rows labelled FP32 on GPUs with TF32 are
/// taken as TF32, as NVIDIA's containers run them (the fit is markedly worse otherwise).
/// </remarks>
public sealed class TrainingSpeedModel
{
    private TrainingSpeedModel(ImmutableDictionary<TrainFamily, FamilyFit> fits, ImmutableArray<FittedRow> rows, ImmutableDictionary<string, double> spearman)
    {
        Fits = fits;
        Rows = rows;
        SpearmanByWorkload = spearman;
    }

    /// <summary>The fitted factors by family.</summary>
    public ImmutableDictionary<TrainFamily, FamilyFit> Fits { get; }

    /// <summary>Every measurement used, with its prediction.</summary>
    public ImmutableArray<FittedRow> Rows { get; }

    /// <summary>Spearman rank correlation of predicted against measured single-GPU mixed-precision speed across GPUs, by workload (3 GPUs or more).</summary>
    public ImmutableDictionary<string, double> SpearmanByWorkload { get; }

    /// <summary>Peak dense TFLOPS at a precision, or null where the GPU does not support it (BF16 before Ampere).</summary>
    public static double? PeakTflops(Gpu gpu, TrainPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        var tf32 = gpu.Vendor == "NVIDIA" && gpu.Bf16Tensor is not null;
        return precision switch
        {
            TrainPrecision.Fp16 => gpu.Fp16Tensor?.Value,
            TrainPrecision.Bf16 => gpu.Bf16Tensor?.Value,
            TrainPrecision.Fp32 => tf32 ? gpu.MixedPrecision!.Value.Value / 2 : gpu.Fp32.Value,
            _ => gpu.MixedPrecision?.Value ?? gpu.Fp32.Value,
        };
    }

    /// <summary>Training FLOPs per sample: 3 x forward, 2 x for LoRA/QLoRA, one more forward with full checkpointing (language models).</summary>
    public static double TrainFlops(TrainWorkload workload, TrainingSetup setup)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(setup);
        var forward = workload.ForwardFlops(setup.SeqLen);
        var llm = workload.Family == TrainFamily.Llm;
        var passes = llm && setup.Method != TrainingMethod.Full ? 2 : 3;
        var recompute = llm && setup.Checkpointing == ActivationCheckpointing.Full ? 1 : 0;
        return forward * (passes + recompute);
    }

    /// <summary>Gradient bytes all-reduced per step (trainable parameters x 2 or 4 bytes).</summary>
    public static double GradientBytes(TrainWorkload workload, TrainingSetup setup)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(setup);
        var trainable = workload.Llm is { } m ? TrainingMemory.TrainableParams(m, setup) : workload.Params;
        var bytes = workload.Family == TrainFamily.Llm && setup.Precision != TrainPrecision.Fp32 ? 2 : 4;
        return trainable * bytes;
    }

    /// <summary>Predicts the speed of a workload on a node of these GPUs (repeated over <see cref="TrainingSetup.Nodes"/>).</summary>
    public TrainingSpeedPrediction Predict(TrainWorkload workload, IReadOnlyList<Gpu> gpus, TrainingSetup setup, PowerLimitModel? power = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(gpus);
        ArgumentNullException.ThrowIfNull(setup);
        var s = setup with { GpusPerNode = gpus.Count };
        var problems = s.Problems().ToList();
        if (Fits.GetValueOrDefault(workload.Family) is not { } fit)
        {
            problems.Add(new SetupProblem("--workload", $"no measurements of the {workload.Family.ToString().ToLowerInvariant()} family to fit its factors to", "restore data/models/train_measurements.csv"));
            return Empty(new FamilyFit(workload.Family, 0, null, 0, double.NaN), problems);
        }

        if (gpus.Any(g => PeakTflops(g, s.Precision) is null))
        {
            problems.Add(new SetupProblem("--precision", $"{gpus.First(g => PeakTflops(g, s.Precision) is null).Name} has no {s.Precision.ToString().ToLowerInvariant()} tensor rate", "use --precision fp16 (mixed precision on GPUs without BF16) or fp32"));
        }

        if (s.PowerLimitW is not null && power is null)
        {
            problems.Add(new SetupProblem("--power-limit", "there are no reduced-power measurements to fit the power model to", "leave --power-limit out, or restore data/models/train_measurements.csv"));
        }

        var fraction = s.PowerLimitW is { } w && power is not null ? gpus.Min(g => power.ComputeFraction(w, g.Tdp.Value)) : 1.0;
        if (problems.Count > 0)
        {
            return Empty(fit, problems);
        }

        var c = Case.For(workload, gpus, s, fraction);
        var step = c.Step(fit.Utilization, fit.FlopsPerByte);
        var total = c.Gpus * c.Batch / step.Step;
        return new TrainingSpeedPrediction
        {
            SamplesPerSecond = total,
            TokensPerSecond = workload.HasSequence ? total * s.SeqLen : null,
            PerGpuSamplesPerSecond = total / c.Gpus,
            ScalingEfficiency = step.Compute / step.Step,
            FlopsPerSample = c.Flops,
            PeakTflops = c.PeakFlops / 1e12,
            Fit = fit,
            ComputeSeconds = step.Compute,
            AllReduceSeconds = c.AllReduceSeconds,
            StepSeconds = step.Step,
            GradientBytes = GradientBytes(workload, s),
            Link = GradientLink.Within(gpus),
            PowerFraction = fraction,
            Problems = [],
        };
    }

    /// <summary>
    /// Fits the factors to the measurements whose workload and GPU are known, at full power, in samples/s or tokens/s.
    /// Rows give their own batch and sequence length where stated, else the workload's defaults. A family without rows
    /// gets no factors (predictions for it report a problem); returns null when there is nothing to fit to at all.
    /// </summary>
    public static TrainingSpeedModel? Fit(IEnumerable<TrainMeasurement> measurements, IReadOnlyList<TrainWorkload> workloads, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentNullException.ThrowIfNull(catalog);
        var cases = Usable(measurements, workloads, catalog);
        var fits = ImmutableDictionary.CreateBuilder<TrainFamily, FamilyFit>();
        var rows = ImmutableArray.CreateBuilder<FittedRow>();
        foreach (var family in Enum.GetValues<TrainFamily>())
        {
            var mine = cases.Where(x => x.Workload.Family == family).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var (u, intensity) = Minimize(mine.Select(x => x.Case).ToList(), family != TrainFamily.Llm);
            var fitted = mine.Select(x => new FittedRow(x.M, x.Workload, x.Gpu, x.Case.Measured, x.Case.Throughput(u, intensity))).ToList();
            rows.AddRange(fitted);
            fits[family] = new FamilyFit(family, u, intensity, fitted.Count, Statistics.Median(fitted.Select(r => Math.Abs((r.Predicted / r.Measured) - 1))));
        }

        var built = rows.ToImmutable();
        return fits.Count == 0 ? null : new TrainingSpeedModel(fits.ToImmutable(), built, RankCorrelations(built));
    }

    private static TrainingSpeedPrediction Empty(FamilyFit fit, List<SetupProblem> problems) => new()
    {
        SamplesPerSecond = 0,
        PerGpuSamplesPerSecond = 0,
        ScalingEfficiency = 0,
        FlopsPerSample = 0,
        PeakTflops = 0,
        Fit = fit,
        ComputeSeconds = 0,
        AllReduceSeconds = 0,
        StepSeconds = 0,
        GradientBytes = 0,
        PowerFraction = 1,
        Problems = [.. problems],
    };

    private static List<(TrainMeasurement M, TrainWorkload Workload, Gpu Gpu, Case Case)> Usable(IEnumerable<TrainMeasurement> measurements, IReadOnlyList<TrainWorkload> workloads, HardwareCatalog catalog)
    {
        var resolver = new NameResolver<Gpu>(catalog.Gpus);
        var byId = workloads.ToDictionary(w => w.Id, StringComparer.OrdinalIgnoreCase);
        var usable = new List<(TrainMeasurement, TrainWorkload, Gpu, Case)>();
        foreach (var m in measurements.Where(m => m.PowerLimitW is null && m.Metric is "samples_per_s" or "tokens_per_s"))
        {
            if (!byId.TryGetValue(m.Workload, out var w) || resolver.Resolve(m.Gpu).Part is not { } gpu)
            {
                continue;
            }

            var setup = new TrainingSetup
            {
                Method = m.Method,
                Precision = m.PrecisionClass,
                SeqLen = m.SeqLen ?? w.DefaultSeqLen ?? 1,
                MicroBatch = m.BatchPerGpu ?? w.DefaultBatchPerGpu,
                GpusPerNode = m.GpuCount,
            };
            var gpus = Enumerable.Repeat(gpu, m.GpuCount).ToList();
            if (PeakTflops(gpu, setup.Precision) is null || setup.Problems().Count > 0)
            {
                continue;
            }

            var perSample = m.Metric == "tokens_per_s" ? m.Value / setup.SeqLen : m.Value;
            usable.Add((m, w, gpu, Case.For(w, gpus, setup, 1.0) with { Measured = perSample }));
        }

        return usable;
    }

    /// <summary>Least squares on log ratios: a grid over log-utilisation (and log-intensity), then coordinate refinement.</summary>
    private static (double Utilization, double? Intensity) Minimize(List<Case> cases, bool memoryTerm)
    {
        double Loss(double lu, double li) => cases.Sum(c => Math.Pow(Math.Log(c.Throughput(Math.Exp(lu), memoryTerm ? Math.Exp(li) : null) / c.Measured), 2));
        var best = (Lu: -1.0, Li: 3.0, Loss: double.MaxValue);
        for (var lu = -6.0; lu <= 0.0001; lu += 0.1)
        {
            for (var li = memoryTerm ? 0.0 : 3.0; li <= (memoryTerm ? 10.0001 : 3.0); li += 0.2)
            {
                var loss = Loss(lu, li);
                if (loss < best.Loss)
                {
                    best = (lu, li, loss);
                }
            }
        }

        for (var step = 0.05; step > 1e-4; step /= 2)
        {
            // Walk downhill at this step size until no move helps (the CNN valley is long and shallow).
            for (var improved = true; improved;)
            {
                improved = false;
                foreach (var (du, di) in new[] { (step, 0.0), (-step, 0.0), (0.0, step), (0.0, -step), (step, step), (-step, -step), (step, -step), (-step, step) })
                {
                    var lu = Math.Min(0, best.Lu + du);
                    var li = memoryTerm ? best.Li + di : best.Li;
                    var loss = Loss(lu, li);
                    if (loss < best.Loss - 1e-12)
                    {
                        best = (lu, li, loss);
                        improved = true;
                    }
                }
            }
        }

        return (Math.Exp(best.Lu), memoryTerm ? Math.Exp(best.Li) : null);
    }

    private static ImmutableDictionary<string, double> RankCorrelations(ImmutableArray<FittedRow> rows)
    {
        var result = ImmutableDictionary.CreateBuilder<string, double>();
        foreach (var workload in rows.GroupBy(r => r.Workload.Id))
        {
            var perGpu = workload
                .Where(r => r.Measurement.GpuCount == 1 && r.Measurement.PrecisionClass == TrainPrecision.Mixed)
                .GroupBy(r => r.Gpu.Id)
                .Select(g => (Measured: g.Average(r => Math.Log(r.Measured)), Predicted: g.Average(r => Math.Log(r.Predicted))))
                .ToList();
            var rho = Statistics.Spearman([.. perGpu.Select(p => p.Measured)], [.. perGpu.Select(p => p.Predicted)]);
            if (!double.IsNaN(rho))
            {
                result[workload.Key] = rho;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>One configuration reduced to the numbers the step time needs.</summary>
    private readonly record struct Case(double Flops, double PeakFlops, double BytesPerSecond, double MemoryFactor, double AllReduceSeconds, double Batch, double Gpus, double PowerFraction, double Measured)
    {
        public static Case For(TrainWorkload w, IReadOnlyList<Gpu> gpus, TrainingSetup s, double powerFraction)
        {
            // A mixed node runs at its slowest GPU's pace.
            var peak = gpus.Min(g => PeakTflops(g, s.Precision) ?? 0) * 1e12;
            var bandwidth = gpus.Min(g => g.MemoryBandwidth.Value) * 1e9;
            var grads = GradientBytes(w, s) * (s.ZeroStage >= 3 ? 1.5 : 1);
            var within = GradientLink.Within(gpus)?.AllReduceSeconds(grads) ?? 0;
            var across = s.Nodes > 1 ? 2.0 * (s.Nodes - 1) / s.Nodes * grads / (s.NetworkGbps / 8 * 1e9) : 0;
            return new Case(TrainFlops(w, s), peak, bandwidth, s.Precision == TrainPrecision.Fp32 ? 2 : 1, within + across, s.MicroBatch, s.TotalGpus, powerFraction, 0);
        }

        public (double Compute, double Step) Step(double utilization, double? flopsPerByte)
        {
            var perSample = (Flops / (PeakFlops * utilization)) + (flopsPerByte is { } i ? Flops * MemoryFactor / (i * BytesPerSecond) : 0);
            var compute = Batch * perSample / PowerFraction;
            return (compute, (compute / 3) + Math.Max(2 * compute / 3, AllReduceSeconds));
        }

        public double Throughput(double utilization, double? flopsPerByte) => Gpus * Batch / Step(utilization, flopsPerByte).Step;
    }
}
