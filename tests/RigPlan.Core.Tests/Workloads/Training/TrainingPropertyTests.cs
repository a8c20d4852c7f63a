using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RigPlan.Core.Catalog;
using RigPlan.Core.Units;
using RigPlan.Core.Workloads;
using RigPlan.Core.Workloads.Training;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads.Training;

public class TrainingPropertyTests
{
    private static readonly string Dir = Path.Combine(Repo.Root, "data", "models");
    private static readonly ModelCatalog Models = ModelCatalog.LoadDirectory(Dir).Catalog!;
    private static readonly List<TrainWorkload> Workloads = [.. TrainingTables.LoadWorkloads(Dir).Workloads, .. Models.Models.Select(TrainWorkload.FromLlm)];
    private static readonly TrainingSpeedModel Speed = TrainingSpeedModel.Fit(TrainingTables.LoadMeasurements(Dir).Measurements, Workloads, Repo.Catalog)!;
    private static readonly LlmModel[] Llms = [.. Models.Models];
    private static readonly Gpu[] Gpus = [.. Repo.Catalog.Gpus.Where(g => g.MixedPrecision is not null)];

    [Property(MaxTest = 200)]
    public Property LongerSequence_NeverLowersActivationMemory() =>
        Prop.ForAll(Gen.Choose(0, (Llms.Length * 3) - 1).ToArbitrary(), Gen.Choose(1, 65_536).ToArbitrary(), Gen.Choose(1, 65_536).ToArbitrary(), (pick, seq, extra) =>
        {
            var (m, ckpt) = (pick / 3, pick % 3);
            var setup = new TrainingSetup { SeqLen = seq, MicroBatch = 2, Checkpointing = (ActivationCheckpointing)ckpt };
            return TrainingMemory.ActivationBytes(Llms[m], setup with { SeqLen = seq + extra }) >= TrainingMemory.ActivationBytes(Llms[m], setup);
        });

    [Property(MaxTest = 200)]
    public Property MoreGpusUnderZero_NeverRaisesPerGpuMemory() =>
        Prop.ForAll(Gen.Choose(0, (Llms.Length * 4) - 1).ToArbitrary(), Gen.Choose(1, 32).ToArbitrary(), Gen.Choose(1, 32).ToArbitrary(), (pick, n, extra) =>
        {
            var (m, zero) = (pick / 4, pick % 4);
            var setup = new TrainingSetup { ZeroStage = zero, MicroBatch = 1 };
            var fewer = TrainingMemory.Estimate(Llms[m], setup, [.. Enumerable.Repeat(80.0, n)]).PerGpu[0].TotalGib;
            var more = TrainingMemory.Estimate(Llms[m], setup, [.. Enumerable.Repeat(80.0, n + extra)]).PerGpu[0].TotalGib;
            return more <= fewer + 1e-9;
        });

    [Property(MaxTest = 200)]
    public Property MoreTflops_NeverLowersTrainingSpeed() =>
        Prop.ForAll(Gen.Choose(0, (Gpus.Length * Workloads.Count) - 1).ToArbitrary(), Gen.Choose(1, 8).ToArbitrary(), Gen.Choose(1, 400).ToArbitrary(), (pick, n, extraPercent) =>
        {
            var (g, w) = (pick / Workloads.Count, pick % Workloads.Count);
            var gpu = Gpus[g];
            var faster = gpu with
            {
                Bf16Tensor = gpu.Bf16Tensor is { } b ? new TeraFlops(b.Value * (1 + (extraPercent / 100.0))) : null,
                Fp16Tensor = gpu.Fp16Tensor is { } f ? new TeraFlops(f.Value * (1 + (extraPercent / 100.0))) : null,
            };
            var setup = new TrainingSetup { MicroBatch = Workloads[w].DefaultBatchPerGpu, SeqLen = Workloads[w].DefaultSeqLen ?? 1 };
            return Speed.Predict(Workloads[w], [.. Enumerable.Repeat(faster, n)], setup).SamplesPerSecond >= Speed.Predict(Workloads[w], [.. Enumerable.Repeat(gpu, n)], setup).SamplesPerSecond;
        });
}
