namespace RigPlan.Core.Workloads.Training;

/// <summary>How a model is trained: method, sharding, offload, recomputation, precision, batch shape and the GPUs' layout.</summary>
public sealed record TrainingSetup
{
    /// <summary>Full training, LoRA or QLoRA.</summary>
    public TrainingMethod Method { get; init; } = TrainingMethod.Full;

    /// <summary>LoRA rank (adapters on every linear layer of every block).</summary>
    public int LoraRank { get; init; } = 16;

    /// <summary>ZeRO stage (0: plain data parallel; 1: optimizer states sharded; 2: and gradients; 3: and weights, as FSDP FULL_SHARD).</summary>
    public int ZeroStage { get; init; }

    /// <summary>What moves to system RAM.</summary>
    public OptimizerOffload Offload { get; init; } = OptimizerOffload.None;

    /// <summary>Activation recomputation.</summary>
    public ActivationCheckpointing Checkpointing { get; init; } = ActivationCheckpointing.Selective;

    /// <summary>Arithmetic.</summary>
    public TrainPrecision Precision { get; init; } = TrainPrecision.Mixed;

    /// <summary>Tokens per sequence.</summary>
    public int SeqLen { get; init; } = 2048;

    /// <summary>Samples (sequences) per GPU per step.</summary>
    public int MicroBatch { get; init; } = 8;

    /// <summary>GPUs in each node.</summary>
    public int GpusPerNode { get; init; } = 1;

    /// <summary>Nodes, each with <see cref="GpusPerNode"/> GPUs, all data parallel.</summary>
    public int Nodes { get; init; } = 1;

    /// <summary>Network between nodes per node, Gb/s.</summary>
    public double NetworkGbps { get; init; } = 10;

    /// <summary>Power limit per GPU, W; null for the card's own.</summary>
    public double? PowerLimitW { get; init; }

    /// <summary>Data-parallel degree: every GPU of every node.</summary>
    public int TotalGpus => GpusPerNode * Nodes;

    /// <summary>Every setting that cannot be used, each with the option to change; empty when the setup is sound.</summary>
    public IReadOnlyList<SetupProblem> Problems()
    {
        var problems = new List<SetupProblem>();
        void Check(bool bad, string option, string message, string fix)
        {
            if (bad)
            {
                problems.Add(new SetupProblem(option, message, fix));
            }
        }

        Check(ZeroStage is < 0 or > 3, "--zero", $"ZeRO stage {ZeroStage} does not exist", "use 0, 1, 2 or 3");
        Check(LoraRank is < 1 or > 4096, "--lora-rank", $"LoRA rank {LoraRank} is outside 1 to 4096", "use a rank such as 8, 16 or 64");
        Check(SeqLen is < 1 or > 1_048_576, "--seq-len", $"sequence length {SeqLen} is outside 1 to 1,048,576", "e.g. --seq-len 2048");
        Check(MicroBatch is < 1 or > 65_536, "--batch", $"batch {MicroBatch} per GPU is outside 1 to 65,536", "e.g. --batch 8");
        Check(GpusPerNode is < 1 or > 64, "--count", $"{GpusPerNode} GPUs per node is outside 1 to 64", "give the GPUs in one node");
        Check(Nodes is < 1 or > 4096, "--nodes", $"{Nodes} nodes is outside 1 to 4,096", "e.g. --nodes 2");
        Check(!double.IsFinite(NetworkGbps) || NetworkGbps is <= 0 or > 100_000, "--network-gbps", $"{NetworkGbps} Gb/s is not a network speed", "e.g. --network-gbps 100");
        Check(PowerLimitW is { } p && (!double.IsFinite(p) || p is <= 0 or > 5000), "--power-limit", $"{PowerLimitW} W is not a power limit", "give watts per GPU, e.g. --power-limit 250");
        Check(Offload == OptimizerOffload.Optimizer && ZeroStage == 0, "--offload", "optimizer offload needs ZeRO stage 1, 2 or 3 (DeepSpeed offloads each rank's optimizer shard)", "add --zero 2");
        Check(Offload == OptimizerOffload.All && ZeroStage != 3, "--offload", "offloading weights too needs ZeRO stage 3", "add --zero 3, or use --offload optimizer");
        return problems;
    }
}
