#pragma once

// The uuids of the fake server's demo data on LangBot 4.7+ (the providers of
// resources/demo/providers.json, some of their models and pipelines), as the
// tests name them.

#include <QString>

namespace lb::demoids {

inline const QString kOpenAi = QStringLiteral("3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
inline const QString kDeepSeekProvider = QStringLiteral("7b2e9c4a-1d3f-4e5a-9b6c-8d0e2f4a6b8c");
inline const QString kOllamaProvider = QStringLiteral("c1d3e5f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f");
inline const QString kSiliconFlow = QStringLiteral("e4f6a8b0-3c5d-4e7f-9a1b-2c4d6e8f0a3b");
inline const QString kGateway = QStringLiteral("5a7c9e1b-4d6f-4a8c-8e2b-3d5f7a9c1e4d");
inline const QString kGpt4oNew = QStringLiteral("7fc1a2b3-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
inline const QString kGpt4oMini = QStringLiteral("a91d7c35-2e6f-4b08-8d3c-6f4e2b1a9c72");
inline const QString kReasoner = QStringLiteral("2d4f6a8c-0e1b-4c3d-9f5a-7b9d1e3f5a7c");
inline const QString kGatewayModel = QStringLiteral("6d4a2f8e-3b9c-4e1a-9d7b-1f8e4c2a6b07");
inline const QString kEmbeddingSmall = QStringLiteral("b3c5d7e9-1f2a-4b4c-8d6e-0f1a3b5c7d9e");
inline const QString kReranker = QStringLiteral("4e6a8c0e-2b4d-4f6a-8c0e-2b4d6f8a0c2e");
inline const QString kNomic = QStringLiteral("f1a3b5c7-9d0e-4f2a-9b4c-6d8e0f2a4b6c");
inline const QString kLlama = QStringLiteral("0a8f4c2d-7e1b-4d9a-b3f6-9e5c1a7d3b58"); // used by nothing

// Pipelines of the demo data.
inline const QString kSupportPipeline = QStringLiteral("c0a80101-0000-4000-8000-00000000a001");
inline const QString kResearchPipeline = QStringLiteral("c0a80101-0000-4000-8000-00000000a003"); // kReasoner only
inline const QString kLegacyFaqPipeline = QStringLiteral("c0a80101-0000-4000-8000-00000000a005");

} // namespace lb::demoids
