namespace RigPlan.Core.Workloads.Training;

/// <summary>A workload family: the training speed model fits one set of efficiency factors per family.</summary>
public enum TrainFamily
{
    /// <summary>Convolutional image models (ResNet-50).</summary>
    Cnn,

    /// <summary>Transformer encoders (BERT).</summary>
    Encoder,

    /// <summary>Decoder language models (llms.csv), fine-tuned or pre-trained.</summary>
    Llm,
}
