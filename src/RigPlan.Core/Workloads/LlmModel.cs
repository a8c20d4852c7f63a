namespace RigPlan.Core.Workloads;

/// <summary>A language model's architecture numbers (data/models/llms.csv).</summary>
public sealed record LlmModel
{
    /// <summary>Lower-case id (<c>llama-3-70b</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Published name.</summary>
    public required string Name { get; init; }

    /// <summary>Total parameters, billions.</summary>
    public required double ParamsB { get; init; }

    /// <summary>Parameters used per token, billions (less than total for MoE).</summary>
    public required double ActiveParamsB { get; init; }

    /// <summary>Decoder layers.</summary>
    public required int Layers { get; init; }

    /// <summary>Model width.</summary>
    public required int HiddenSize { get; init; }

    /// <summary>Feed-forward inner width (per expert for MoE); null when the table leaves it empty.</summary>
    public int? IntermediateSize { get; init; }

    /// <summary>Query heads.</summary>
    public required int AttentionHeads { get; init; }

    /// <summary>Key/value heads (fewer than query heads with grouped-query attention).</summary>
    public required int KvHeads { get; init; }

    /// <summary>Per-head width; null where the attention is not head-shaped (DeepSeek-V3's MLA).</summary>
    public int? HeadDim { get; init; }

    /// <summary>Vocabulary size.</summary>
    public required int VocabSize { get; init; }

    /// <summary>Context window, tokens.</summary>
    public required int ContextLength { get; init; }

    /// <summary>True when input embedding and output head share weights.</summary>
    public bool TiedEmbeddings { get; init; }

    /// <summary>Where the figures come from.</summary>
    public required string Source { get; init; }
}
