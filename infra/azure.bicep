// Azure resources for the Børn og Unge Teams bot (deployed by teamsapp.yml, action arm/deploy).
//
//   App Service plan (Linux) + web app on Node 20 that runs the bot; FTP and SCM basic
//     authentication off (the Toolkit's zip deploy signs in with Entra ID)
//   user-assigned managed identity: the bot's Microsoft App ID and its key-less access to
//     storage and Key Vault
//   Azure Bot registration (UserAssignedMSI) with the Microsoft Teams channel, in the region
//     botServiceLocation (West Europe by default: the EU data boundary)
//   storage account with the blob container for bot state, reached with the identity (no keys),
//     with soft delete, versioning and a clean-up rule for old versions
//   Key Vault (RBAC) holding the language model key, read by the app through a Key Vault reference
//   Log Analytics workspace (retention logRetentionDays) with workspace-based Application Insights;
//     the app's stdout (its JSON logs), HTTP and platform logs go to the workspace through
//     diagnostic settings, and the Application Insights agent records requests and dependencies
//
// Deploying this template needs Contributor on the resource group and the right to create role
// assignments there (Owner, User Access Administrator or Role Based Access Control Administrator),
// because it gives the managed identity three roles. See README.md, "Deploy with teamsapp.yml".
//
// Parameters without a default come from infra/azure.parameters.<LLM_PROVIDER>.json; every output
// is written by Teams Toolkit to env/.env.<env> under the output's name.

@maxLength(20)
@minLength(4)
@description('Prefix for every resource name; lower-case letters and digits (storage and Key Vault names are derived from it).')
param resourceBaseName string

@description('App Service plan SKU. B1 is the smallest with Always On.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Name of the bot shown in the Azure portal.')
param botDisplayName string

@description('Region of every resource except the bot registration. Choose an EU region for EU data residency.')
param location string = resourceGroup().location

// Microsoft.BotService accepts 'global' or a regional location. 'westeurope' keeps the Bot Service's
// own data in the EU data boundary; 'global' is the older world-wide registration.
@allowed([
  'westeurope'
  'global'
  'centralindia'
])
@description('Region of the Azure Bot registration and its Teams channel.')
param botServiceLocation string = 'westeurope'

@allowed([
  'none'
  'azure-openai'
  'openai'
])
@description('Language model for the answers: none (extractive answers only), azure-openai or openai.')
param llmProvider string = 'none'

@description('Azure OpenAI endpoint (https://<name>.openai.azure.com); only with llmProvider azure-openai.')
param azureOpenAIEndpoint string = ''

@description('Azure OpenAI deployment name; only with llmProvider azure-openai.')
param azureOpenAIDeployment string = ''

@description('OpenAI model; only with llmProvider openai.')
param openAIModel string = 'gpt-4o-mini'

@secure()
@description('API key of the language model; stored in Key Vault, never as a plain app setting. Empty with llmProvider none.')
param llmApiKey string = ''

@description('Comma-separated Microsoft 365 tenant ids whose users may use the bot. Empty: the tenant of the bot identity.')
param allowedTenantIds string = ''

@description('Link to the official notification channel (digital underretning) that warnings point to.')
param notificationChannelUrl string = 'https://www.herning.dk/'

@description('Name of the official notification channel shown in warnings.')
param notificationChannelName string = 'Herning Kommunes digitale underretning'

@description('Blob container that holds the bot state.')
param storageContainerName string = 'botstate'

@minValue(1)
@maxValue(365)
@description('Days a deleted blob or container can be restored (soft delete).')
param blobSoftDeleteDays int = 14

@minValue(1)
@maxValue(3650)
@description('Days after which earlier versions of a blob are deleted.')
param blobVersionRetentionDays int = 30

@minValue(30)
@maxValue(730)
@description('Days the Log Analytics workspace keeps logs and Application Insights data.')
param logRetentionDays int = 90

@minValue(7)
@maxValue(90)
@description('Days a deleted Key Vault or secret can be recovered.')
param keyVaultSoftDeleteDays int = 90

@description('Attach the Application Insights agent to the Node.js process (requests, dependencies, exceptions). The logs reach the workspace either way.')
param enableApplicationInsightsAgent bool = true

var identityName = '${resourceBaseName}-identity'
var planName = '${resourceBaseName}-plan'
var webAppName = resourceBaseName
var botServiceName = resourceBaseName
var workspaceName = '${resourceBaseName}-logs'
var appInsightsName = '${resourceBaseName}-insights'
var compactBaseName = replace(resourceBaseName, '-', '')
// Storage account names: 3-24 lower-case letters and digits, globally unique.
var storageAccountName = take(toLower('${compactBaseName}st${uniqueString(resourceGroup().id)}'), 24)
// Key Vault names: 3-24 letters, digits and dashes, starting with a letter, globally unique.
var keyVaultName = take(toLower('${compactBaseName}kv${uniqueString(resourceGroup().id)}'), 24)
var llmKeySecretName = 'llm-api-key'
var llmKeyReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${llmKeySecretName})'
// Built-in roles.
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

var baseAppSettings = [
  // App Service runs `npm install` and `npm run build` on its Linux image after a zip deploy.
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
  { name: 'BOT_ID', value: identity.properties.clientId }
  { name: 'BOT_TENANT_ID', value: identity.properties.tenantId }
  { name: 'BOT_TYPE', value: 'UserAssignedMSI' }
  { name: 'ALLOWED_TENANT_IDS', value: empty(allowedTenantIds) ? identity.properties.tenantId : allowedTenantIds }
  // DefaultAzureCredential picks the user-assigned identity by this client id.
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'STORAGE', value: 'azure-blob' }
  { name: 'AZURE_STORAGE_ACCOUNT_URL', value: storage.properties.primaryEndpoints.blob }
  { name: 'AZURE_STORAGE_CONTAINER', value: storageContainerName }
  { name: 'NOTIFICATION_CHANNEL_URL', value: notificationChannelUrl }
  { name: 'NOTIFICATION_CHANNEL_NAME', value: notificationChannelName }
  { name: 'LOG_LEVEL', value: 'info' }
  { name: 'LLM_PROVIDER', value: llmProvider }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
]
// The agent that App Service attaches to Node.js on Linux (requests, dependencies, exceptions),
// without telemetry code in the bot.
var insightsAgentSettings = enableApplicationInsightsAgent
  ? [
      { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
    ]
  : []
var azureOpenAISettings = [
  { name: 'AZURE_OPENAI_ENDPOINT', value: azureOpenAIEndpoint }
  { name: 'AZURE_OPENAI_DEPLOYMENT', value: azureOpenAIDeployment }
  { name: 'AZURE_OPENAI_API_KEY', value: llmKeyReference }
]
var openAISettings = [
  { name: 'OPENAI_MODEL', value: openAIModel }
  { name: 'OPENAI_API_KEY', value: llmKeyReference }
]
var llmAppSettings = llmProvider == 'azure-openai' ? azureOpenAISettings : (llmProvider == 'openai' ? openAISettings : [])

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    allowSharedKeyAccess: false
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
  }
}

// Versioning keeps every earlier state of a blob; this rule removes versions after a while so that
// deleted threads do not live on in old versions longer than the retention the municipality chose.
resource versionCleanup 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          enabled: true
          name: 'delete-old-versions'
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: blobVersionRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    blobService
  ]
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: storageContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageBlobDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: keyVaultSoftDeleteDays
    enablePurgeProtection: true
  }
}

// Created only when a key was given; the app setting refers to it by name.
resource llmKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(llmApiKey)) {
  parent: keyVault
  name: llmKeySecretName
  properties: {
    value: llmApiKey
    contentType: 'API key of the language model (${llmProvider})'
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with the user-assigned identity, not a system identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --enable-source-maps dist/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      appSettings: concat(baseAppSettings, insightsAgentSettings, llmAppSettings)
    }
  }
  dependsOn: [
    blobDataContributor
    keyVaultSecretsUser
    llmKeySecret
    stateContainer
  ]
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: webApp
  name: 'logs-to-workspace'
  properties: {
    workspaceId: workspace.id
    logs: [
      // stdout and stderr of the bot: its structured JSON logs (pino).
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource keyVaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: keyVault
  name: 'audit-to-workspace'
  properties: {
    workspaceId: workspace.id
    logs: [
      { categoryGroup: 'audit', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: botServiceLocation
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botServiceLocation
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output AZURE_STORAGE_ACCOUNT_URL string = storage.properties.primaryEndpoints.blob
output AZURE_KEY_VAULT_NAME string = keyVault.name
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = workspace.name
