// Azure resources for the Børn og Unge Teams bot (deployed by teamsapp.yml, action arm/deploy).
//
//   App Service plan (Linux) + web app on Node 20 that runs the bot
//   user-assigned managed identity: the bot's Microsoft App ID and its key-less access to storage
//   Azure Bot registration (UserAssignedMSI) with the Microsoft Teams channel
//   storage account with the blob container for bot state, reached with the identity (no keys)
//
// Every output is written by Teams Toolkit to env/.env.<env> under the output's name.

@maxLength(20)
@minLength(4)
@description('Prefix for every resource name; lower-case letters and digits (a storage account name is derived from it).')
param resourceBaseName string

@description('App Service plan SKU. B1 is the smallest with Always On.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Name of the bot shown in the Azure portal.')
param botDisplayName string

param location string = resourceGroup().location

@description('Optional Azure OpenAI endpoint (https://<name>.openai.azure.com). Empty: the bot runs without a language model.')
param azureOpenAIEndpoint string = ''

@description('Optional Azure OpenAI deployment name.')
param azureOpenAIDeployment string = ''

@secure()
@description('Optional Azure OpenAI API key; only used when azureOpenAIEndpoint is set.')
param azureOpenAIApiKey string = ''

@description('Comma-separated Microsoft 365 tenant ids whose users may use the bot. Empty: the tenant of the bot identity.')
param allowedTenantIds string = ''

@description('Blob container that holds the bot state.')
param storageContainerName string = 'botstate'

var identityName = '${resourceBaseName}-identity'
var planName = '${resourceBaseName}-plan'
var webAppName = resourceBaseName
var botServiceName = resourceBaseName
// Storage account names: 3-24 lower-case letters and digits, globally unique.
var storageAccountName = take(toLower('${replace(resourceBaseName, '-', '')}st${uniqueString(resourceGroup().id)}'), 24)
var useAzureOpenAI = !empty(azureOpenAIEndpoint)
// Built-in role "Storage Blob Data Contributor".
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
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
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --enable-source-maps dist/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~20' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'RUNNING_ON_AZURE', value: '1' }
        { name: 'BOT_ID', value: identity.properties.clientId }
        { name: 'BOT_TENANT_ID', value: identity.properties.tenantId }
        { name: 'BOT_TYPE', value: 'UserAssignedMSI' }
        { name: 'ALLOWED_TENANT_IDS', value: empty(allowedTenantIds) ? identity.properties.tenantId : allowedTenantIds }
        // DefaultAzureCredential picks the user-assigned identity by this client id.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'STORAGE', value: 'azure-blob' }
        { name: 'AZURE_STORAGE_ACCOUNT_URL', value: storage.properties.primaryEndpoints.blob }
        { name: 'AZURE_STORAGE_CONTAINER', value: storageContainerName }
        { name: 'LLM_PROVIDER', value: useAzureOpenAI ? 'azure-openai' : 'none' }
        { name: 'AZURE_OPENAI_ENDPOINT', value: azureOpenAIEndpoint }
        { name: 'AZURE_OPENAI_DEPLOYMENT', value: azureOpenAIDeployment }
        { name: 'AZURE_OPENAI_API_KEY', value: azureOpenAIApiKey }
        { name: 'LOG_LEVEL', value: 'info' }
      ]
    }
  }
  dependsOn: [
    blobDataContributor
    stateContainer
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
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
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output AZURE_STORAGE_ACCOUNT_URL string = storage.properties.primaryEndpoints.blob
