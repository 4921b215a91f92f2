import type { Network, VpcEndpoint } from '../model'

/**
 * ECR needs all three to serve an image privately: ecr-api for the auth token and manifest,
 * ecr-dkr for the registry, and the S3 gateway endpoint because layers live in S3
 * (docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html). The design check and the
 * recovery engine both ask it.
 */
export const IMAGE_PULL_ENDPOINTS: readonly VpcEndpoint[] = ['s3', 'ecr-api', 'ecr-dkr']

/** The image-pull endpoints the network lacks. Example: ['s3'] → ['ecr-api', 'ecr-dkr']. */
export function listMissingImagePullEndpoints(network: Pick<Network, 'vpcEndpoints'>): VpcEndpoint[] {
  return IMAGE_PULL_ENDPOINTS.filter((e) => !network.vpcEndpoints.includes(e))
}

/** True when private tasks can pull images from ECR without a NAT. */
export function hasImagePullEndpoints(network: Pick<Network, 'vpcEndpoints'>): boolean {
  return listMissingImagePullEndpoints(network).length === 0
}
