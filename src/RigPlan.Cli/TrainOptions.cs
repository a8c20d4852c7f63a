using System.CommandLine;

namespace RigPlan.Cli;

/// <summary>The training options `predict train` and `fit --train` share.</summary>
internal sealed class TrainOptions
{
    private readonly Option<string?> _precision = new("--precision") { Description = "mixed (default: BF16, or FP16 without BF16), fp16, bf16, fp32 (TF32 where the GPU has it)" };
    private readonly Option<string> _method = new("--method") { Description = "Language models: full (default), lora or qlora", DefaultValueFactory = _ => "full" };
    private readonly Option<int> _zero = new("--zero") { Description = "ZeRO stage / FSDP sharding: 0 (default), 1, 2 or 3", DefaultValueFactory = _ => 0 };
    private readonly Option<string> _offload = new("--offload") { Description = "none (default), optimizer (to system RAM; ZeRO 1-3) or all (weights too; ZeRO 3)", DefaultValueFactory = _ => "none" };
    private readonly Option<string> _checkpointing = new("--checkpointing") { Description = "Activation recomputation: selective (default: FlashAttention), none or full", DefaultValueFactory = _ => "selective" };
    private readonly Option<int> _loraRank = new("--lora-rank") { Description = "LoRA rank (default 16)", DefaultValueFactory = _ => 16 };
    private readonly Option<int?> _seqLen = new("--seq-len") { Description = "Tokens per sequence (default 2048 for language models, 384 for BERT)" };
    private readonly Option<int?> _batch;
    private readonly Option<int> _nodes = new("--nodes") { Description = "Nodes, each with these GPUs, data parallel (default 1)", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _network = new("--network-gbps") { Description = "Network per node between nodes, Gb/s (default 10)", DefaultValueFactory = _ => 10 };
    private readonly Option<double?> _powerLimit = new("--power-limit") { Description = "Power limit per GPU, W (nvidia-smi -pl)" };

    private TrainOptions(Option<int?>? batch) => _batch = batch ?? new Option<int?>("--batch") { Description = "Samples per GPU per step (default: the workload's, 8 for language models)" };

    /// <summary>The options, with its own --batch.</summary>
    public static TrainOptions Create() => new(null);

    /// <summary>The options, reusing a command's existing --batch.</summary>
    public static TrainOptions Sharing(Option<int?> batch) => new(batch);

    /// <summary>Adds the options (all but a shared --batch) to a command.</summary>
    public void AddTo(Command command, bool withBatch = true)
    {
        foreach (var option in new Option[] { _precision, _method, _zero, _offload, _checkpointing, _loraRank, _seqLen, _nodes, _network, _powerLimit })
        {
            command.Options.Add(option);
        }

        if (withBatch)
        {
            command.Options.Add(_batch);
        }
    }

    /// <summary>The values as written.</summary>
    public TrainInputs.Options Read(ParseResult r) => new(
        r.GetValue(_precision),
        r.GetValue(_method)!,
        r.GetValue(_zero),
        r.GetValue(_offload)!,
        r.GetValue(_checkpointing)!,
        r.GetValue(_loraRank),
        r.GetValue(_seqLen),
        r.GetValue(_batch),
        r.GetValue(_nodes),
        r.GetValue(_network),
        r.GetValue(_powerLimit));
}
