namespace RigPlan.Core.Workloads.Training;

/// <summary>A model to train and what one training sample costs (data/models/train_workloads.csv, or a language model from llms.csv).</summary>
public sealed record TrainWorkload
{
    /// <summary>Lower-case id (<c>resnet50</c>, <c>llama-3-8b</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Published name.</summary>
    public required string Name { get; init; }

    /// <summary>Which efficiency factors apply.</summary>
    public required TrainFamily Family { get; init; }

    /// <summary>Parameters (used per token, for mixture-of-experts language models).</summary>
    public required double Params { get; init; }

    /// <summary>Transformer layers; null for a CNN.</summary>
    public int? Layers { get; init; }

    /// <summary>Transformer width; null for a CNN.</summary>
    public int? HiddenSize { get; init; }

    /// <summary>FLOPs of one forward pass of one sample, GFLOP, for a CNN (transformers are computed from their shape).</summary>
    public double? ForwardGflop { get; init; }

    /// <summary>Tokens per sample when none is given; null for a CNN.</summary>
    public int? DefaultSeqLen { get; init; }

    /// <summary>Samples per GPU per step when none is given.</summary>
    public required int DefaultBatchPerGpu { get; init; }

    /// <summary>The language model behind it, for the memory model; null for CNN and encoder rows.</summary>
    public LlmModel? Llm { get; init; }

    /// <summary>Where the figures come from.</summary>
    public required string Source { get; init; }

    /// <summary>True when a sample is a sequence of tokens.</summary>
    public bool HasSequence => Family != TrainFamily.Cnn;

    /// <summary>
    /// FLOPs of one forward pass of one sample. CNN: the stored figure. Encoder: 2 x 12 x layers x hidden^2 per token (the
    /// attention and feed-forward matrix multiplies, embeddings left out) plus 4 x layers x hidden x seq^2 for the attention
    /// scores. Language model: 2 x parameters per token (llm-foundry's MFU convention, embeddings counted) plus the same
    /// attention term.
    /// </summary>
    public double ForwardFlops(int seqLen)
    {
        var attention = 4.0 * (Layers ?? 0) * (HiddenSize ?? 0) * seqLen * (double)seqLen;
        return Family switch
        {
            TrainFamily.Cnn => (ForwardGflop ?? 0) * 1e9,
            TrainFamily.Encoder => (24.0 * (Layers ?? 0) * (HiddenSize ?? 0) * (HiddenSize ?? 0) * seqLen) + attention,
            _ => (2.0 * Params * seqLen) + attention,
        };
    }

    /// <summary>A language model as a training workload (family <see cref="TrainFamily.Llm"/>, 2,048-token default, 8 sequences per GPU).</summary>
    public static TrainWorkload FromLlm(LlmModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new TrainWorkload
        {
            Id = model.Id,
            Name = model.Name,
            Family = TrainFamily.Llm,
            Params = model.ActiveParamsB * 1e9,
            Layers = model.Layers,
            HiddenSize = model.HiddenSize,
            DefaultSeqLen = Math.Min(2048, model.ContextLength),
            DefaultBatchPerGpu = 8,
            Llm = model,
            Source = model.Source,
        };
    }
}
